import type { Connection } from 'jsforce';
import { syncHarness } from './syncHarness';

/**
 * Runs `action` once, as the push's first request to a URL ending in `path` goes out: the rep
 * acting in the window while that request is on the wire, with no timing involved.
 */
export function whileSending(conn: Connection, path: string, action: () => void) {
  const request = conn.request.bind(conn);
  let acted = false;
  conn.request = ((...args: Parameters<typeof request>) => {
    const [call] = args;
    const url = typeof call === 'string' ? call : call.url;
    if (!acted && url?.endsWith(path)) {
      acted = true;
      action();
    }
    return request(...args);
  }) as typeof conn.request;
}

/** A synced tiny org, one of the rep's open deals, and the org's clock a minute on. */
export async function syncedDeal() {
  const h = await syncHarness({ dataset: 'tiny' });
  await h.sync();
  const deal = h.fake.control
    .all('Opportunity')
    .find((o) => !o['IsClosed'] && o['OwnerId'] === h.fake.userId)!;
  h.fake.control.advanceClock(60_000);
  return { h, deal };
}
