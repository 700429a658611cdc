import { describe, expect, it } from 'vitest';
import { waitInWords } from '../../../../src/core/sync/restartBackoff';

describe('waitInWords', () => {
  it.each([
    [200, '1 second'],
    [1_000, '1 second'],
    [5_000, '5 seconds'],
    [59_000, '59 seconds'],
    [60_000, '1 minute'],
    [160_000, '3 minutes'],
    [300_000, '5 minutes'],
  ])('%i ms reads "%s"', (ms, words) => {
    expect(waitInWords(ms)).toBe(words);
  });
});
