import { describe, expect, it } from 'vitest';
import { parseSfDateTime, soqlDateTime } from '../../../../src/core/salesforce/soqlTime';

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
