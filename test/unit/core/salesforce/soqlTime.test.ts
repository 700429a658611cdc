import { describe, expect, it } from 'vitest';
import {
  modstampWindow,
  parseSfDateTime,
  sfDateTime,
  soqlDateTime,
} from '../../../../src/core/salesforce/soqlTime';

describe('sfDateTime', () => {
  it.each([
    ['the epoch', 0, '1970-01-01T00:00:00.000+0000'],
    ['a time with milliseconds', Date.UTC(2026, 0, 2, 10, 0, 0, 5), '2026-01-02T10:00:00.005+0000'],
    [
      'the last millisecond of a year',
      Date.UTC(2025, 11, 31, 23, 59, 59, 999),
      '2025-12-31T23:59:59.999+0000',
    ],
    ['a leap day', Date.UTC(2028, 1, 29, 12), '2028-02-29T12:00:00.000+0000'],
    ['an ISO string', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000+0000'],
    [
      'a stamp already in Salesforce form',
      '2026-03-01T10:00:00.000+0000',
      '2026-03-01T10:00:00.000+0000',
    ],
    ['an empty Bulk CSV value', '', ''],
  ])('%s', (_what, time, expected) => {
    expect(sfDateTime(time)).toBe(expected);
  });

  it('reads back as the same instant', () => {
    const ms = Date.UTC(2026, 5, 30, 23, 59, 59, 250);
    expect(parseSfDateTime(sfDateTime(ms))).toBe(ms);
  });
});

describe('modstampWindow', () => {
  it.each([
    [
      'a window with both ends',
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 0, 2),
      ['SystemModstamp >= 2026-01-01T00:00:00.000Z', 'SystemModstamp <= 2026-01-02T00:00:00.000Z'],
    ],
    [
      'everything up to a time',
      undefined,
      Date.UTC(2026, 0, 2),
      ['SystemModstamp <= 2026-01-02T00:00:00.000Z'],
    ],
    [
      'a window of one instant',
      0,
      0,
      ['SystemModstamp >= 1970-01-01T00:00:00.000Z', 'SystemModstamp <= 1970-01-01T00:00:00.000Z'],
    ],
  ])('%s', (_what, from, to, expected) => {
    expect(modstampWindow(from, to)).toEqual(expected);
  });
});

describe('soqlDateTime', () => {
  it.each([
    { ms: 0, literal: '1970-01-01T00:00:00.000Z' },
    { ms: Date.UTC(2026, 0, 2, 10, 30), literal: '2026-01-02T10:30:00.000Z' },
  ])('$ms → $literal', ({ ms, literal }) => {
    expect(soqlDateTime(ms)).toBe(literal);
  });
});

describe('parseSfDateTime', () => {
  it.each([
    { value: '2026-01-02T10:30:00.000+0000', ms: Date.UTC(2026, 0, 2, 10, 30) },
    { value: '2026-01-02T10:30:00.000+0200', ms: Date.UTC(2026, 0, 2, 8, 30) },
    { value: '2026-01-02T10:30:00.000-0530', ms: Date.UTC(2026, 0, 2, 16, 0) },
    { value: '2026-01-02T10:30:00.000Z', ms: Date.UTC(2026, 0, 2, 10, 30) },
    { value: 'yesterday', ms: Number.NaN },
  ])('$value → $ms', ({ value, ms }) => {
    expect(parseSfDateTime(value)).toBe(ms);
  });
});
