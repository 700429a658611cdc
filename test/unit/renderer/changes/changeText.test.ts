import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ShownValue } from '../../../../src/shared/ipc/edits';

// Pinned to en-US in Los Angeles, as format.test.ts does: the rep's locale is the computer's.
class NumberFormat extends Intl.NumberFormat {
  constructor(locale?: string, options?: Intl.NumberFormatOptions) {
    super(locale ?? 'en-US', options);
  }
}
class DateTimeFormat extends Intl.DateTimeFormat {
  constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
    super(locale ?? 'en-US', { timeZone: 'America/Los_Angeles', ...options });
  }
}
class RelativeTimeFormat extends Intl.RelativeTimeFormat {
  constructor(locale?: string, options?: Intl.RelativeTimeFormatOptions) {
    super(locale ?? 'en-US', options);
  }
}

let changeText: typeof import('../../../../src/renderer/src/changes/changeText');
beforeAll(async () => {
  vi.stubGlobal('Intl', { ...Intl, NumberFormat, DateTimeFormat, RelativeTimeFormat });
  changeText = await import('../../../../src/renderer/src/changes/changeText');
});

describe('a changed value as the record shows it', () => {
  const cases: Array<[string, string, ShownValue, string | null, string]> = [
    ['money in the record currency', 'currency', { value: 250000 }, 'USD', '$250,000'],
    ['money in euros', 'currency', { value: 1200 }, 'EUR', '€1,200'],
    ['a date as a date', 'date', { value: '2026-11-08' }, null, 'Nov 8, 2026'],
    [
      'a datetime in the rep zone',
      'datetime',
      { value: '2026-01-02T18:00:00.000+0000' },
      null,
      'Jan 2, 2026, 10:00 AM',
    ],
    ['a ticked checkbox', 'boolean', { value: true }, null, 'Yes'],
    ['an unticked checkbox', 'boolean', { value: false }, null, 'No'],
    ['a picklist value', 'picklist', { value: 'Negotiation/Review' }, null, 'Negotiation/Review'],
    ['a percent', 'percent', { value: 40 }, null, '40%'],
    ['a whole number', 'int', { value: 37825 }, null, '37,825'],
    ['picked values', 'multipicklist', { value: 'Core;Support' }, null, 'Core, Support'],
    ['a number', 'double', { value: 12500 }, null, '12,500'],
    ['no value', 'string', { value: null }, null, '—'],
    ['an empty text', 'string', { value: '' }, null, '—'],
    [
      'a lookup as its name',
      'reference',
      { value: '00Q000000000001AAA', name: 'Ada Lovelace' },
      null,
      'Ada Lovelace',
    ],
    [
      'a lookup not on this computer',
      'reference',
      { value: '00Q000000000001AAA', name: null },
      null,
      'a record not on this computer',
    ],
    ['a cleared lookup', 'reference', { value: null }, null, '—'],
  ];
  it.each(cases)('%s', (_, type, shown, currency, expected) => {
    expect(changeText.shownText(type, shown, currency)).toBe(expected);
  });
});

describe('when a change was made', () => {
  const now = Date.parse('2026-12-05T12:00:00Z');
  const cases: Array<[number, string]> = [
    [0, 'just now'],
    [59_000, 'just now'],
    [60_000, '1 minute ago'],
    [5 * 60_000, '5 minutes ago'],
    [3 * 3_600_000, '3 hours ago'],
    [30 * 3_600_000, 'yesterday'],
    [3 * 86_400_000, '3 days ago'],
    [-5_000, 'just now'],
  ];
  it.each(cases)('%i ms ago reads "%s"', (past, expected) => {
    expect(changeText.ago(now - past, now)).toBe(expected);
  });
});
