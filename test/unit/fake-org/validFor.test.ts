import { describe, expect, it } from 'vitest';
import { encodeValidFor } from '../../fake-org/schema/validFor';

describe('encodeValidFor', () => {
  it.each([
    { allowed: [0], count: 2, expected: 'gAAA' },
    { allowed: [1], count: 2, expected: 'QAAA' },
    { allowed: [], count: 5, expected: 'AAAA' },
    { allowed: [0, 1, 2, 3, 4, 5, 6, 7], count: 8, expected: '/wAA' },
    { allowed: [8], count: 10, expected: 'AIAA' },
    { allowed: [9], count: 30, expected: 'AEAAAAAA' },
  ])('sets bit i for controller value i: $allowed of $count → $expected', (row) => {
    expect(encodeValidFor(row.allowed, row.count)).toBe(row.expected);
  });
});
