import { describe, expect, it } from 'vitest';
import { waitAtMost } from '../../../../src/core/sync/waitAtMost';

describe('waitAtMost', () => {
  it('waits for work that settles, rejected or not', async () => {
    await expect(waitAtMost(Promise.resolve(1))).resolves.toBeUndefined();
    await expect(waitAtMost(Promise.reject(new Error('no')), 10_000)).resolves.toBeUndefined();
  });

  it('stops waiting for work that never settles once the time is up', async () => {
    await expect(waitAtMost(new Promise(() => undefined), 10)).resolves.toBeUndefined();
  });
});
