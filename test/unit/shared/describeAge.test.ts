import { describe, expect, it } from 'vitest';
import { describeAge } from '../../../src/shared/describeAge';

const minute = 60_000;

describe('describeAge', () => {
  it.each([
    { ms: 0, said: 'just now' },
    { ms: minute - 1, said: 'just now' },
    { ms: minute, said: '1 min ago' },
    { ms: 59 * minute, said: '59 min ago' },
    { ms: 60 * minute, said: '1 h ago' },
    { ms: 23 * 60 * minute + 59 * minute, said: '23 h ago' },
    { ms: 24 * 60 * minute, said: '1 d ago' },
    { ms: 9 * 24 * 60 * minute, said: '9 d ago' },
  ])('$ms ms → $said', ({ ms, said }) => {
    expect(describeAge(ms)).toBe(said);
  });
});
