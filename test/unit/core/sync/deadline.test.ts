import { describe, expect, it } from 'vitest';
import type { FaultRule } from '../../../fake-org/faults';
import { expectCacheEqualsServer, syncHarness } from '../../../support/syncHarness';

const deadlines = { callMs: 1_500, pageMs: 1_500 };
/** Far past any deadline here, yet short of vitest's own timeout: "hung" is a result. */
const hungAfterMs = 40_000;

async function settles<T>(work: Promise<T>): Promise<'settled' | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(resolve, hungAfterMs, 'hung')));
  const settled = work.then(
    () => 'settled' as const,
    () => 'settled' as const,
  );
  try {
    return await Promise.race([settled, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe('every request ends', () => {
  it.each(['queryAll', 'limits'])(
    'a sync settles when the answer to %s is cut after its headers, and the next converges',
    async (route) => {
      const h = await syncHarness({ dataset: 'tiny' });
      h.fake.control.addFault({ route, kind: 'reset', times: 1 } as FaultRule);
      expect(await settles(h.sync({ deadlines }))).toBe('settled');
      await h.sync({ deadlines });
      expectCacheEqualsServer(h, expect);
    },
    60_000,
  );
});
