import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The rep's locale and time zone are the computer's: pinned here to en-US in Los Angeles, so a
// calendar day that would move when read as an instant shows whether it does.
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

let format: typeof import('../../../src/renderer/src/format');
beforeAll(async () => {
  vi.stubGlobal('Intl', { ...Intl, NumberFormat, DateTimeFormat });
  format = await import('../../../src/renderer/src/format');
});
// money makes its formats on first use, so the pinned locale stays for the whole file.
afterAll(() => vi.unstubAllGlobals());

describe('money', () => {
  it.each<{
    amount: number | null | undefined;
    currency: string | null;
    compact?: boolean;
    shown: string;
  }>([
    { amount: 1234.56, currency: 'USD', shown: '$1,235' },
    { amount: 1234.56, currency: 'EUR', shown: '€1,235' },
    { amount: 1234.56, currency: null, shown: '1,235' },
    { amount: 0, currency: 'USD', shown: '$0' },
    { amount: 1_250_000, currency: 'USD', compact: true, shown: '$1.3M' },
    { amount: 12_400, currency: 'USD', compact: true, shown: '$12.4K' },
    { amount: null, currency: 'USD', shown: '—' },
    { amount: undefined, currency: 'USD', shown: '—' },
  ])('$amount $currency (compact: $compact) → $shown', ({ amount, currency, compact, shown }) => {
    expect(format.money(amount, currency, compact)).toBe(shown);
  });
});

describe('day', () => {
  it.each<{ value: unknown; shown: string }>([
    { value: '2026-01-02', shown: 'Jan 2, 2026' },
    { value: '2026-12-31', shown: 'Dec 31, 2026' },
    { value: 'soon', shown: 'soon' },
    { value: '', shown: '—' },
    { value: null, shown: '—' },
  ])('$value → $shown', ({ value, shown }) => {
    expect(format.day(value)).toBe(shown);
  });
});

describe('instant', () => {
  it.each<{ value: unknown; shown: string }>([
    { value: '2026-01-02T10:00:00.000+0000', shown: 'Jan 2, 2026, 2:00 AM' },
    { value: '2026-01-02T03:00:00.000Z', shown: 'Jan 1, 2026, 7:00 PM' },
    { value: 'not a time', shown: 'not a time' },
    { value: null, shown: '—' },
    { value: 1767348000000, shown: '—' },
  ])('$value → $shown', ({ value, shown }) => {
    expect(format.instant(value).replace(/\u202f/g, ' ')).toBe(shown);
  });
});

describe('month', () => {
  it.each([
    { value: '2026-01', shown: 'Jan 2026' },
    { value: '2026-12', shown: 'Dec 2026' },
    { value: 'Later', shown: 'Later' },
  ])('$value → $shown', ({ value, shown }) => {
    expect(format.month(value)).toBe(shown);
  });
});

describe('text and number', () => {
  it.each<{ value: unknown; shown: string }>([
    { value: 'Acme', shown: 'Acme' },
    { value: 0, shown: '0' },
    { value: false, shown: 'false' },
    { value: '', shown: '—' },
    { value: null, shown: '—' },
    { value: undefined, shown: '—' },
  ])('text($value) → $shown', ({ value, shown }) => {
    expect(format.text(value)).toBe(shown);
  });

  it.each([
    { n: 0, shown: '0' },
    { n: 1234567, shown: '1,234,567' },
  ])('number($n) → $shown', ({ n, shown }) => {
    expect(format.number(n)).toBe(shown);
  });
});
