import { describe, expect, it } from 'vitest';
import { linkFor } from '../../../src/shared/externalUrl';
import { isRealDay, periodRange } from '../../../src/shared/periods';

describe('periods on the rep’s calendar', () => {
  const sunday = new Date(2026, 10, 22, 23, 30); // Sunday 22 Nov 2026, late evening
  it.each([
    ['this-week', { from: '2026-11-16', to: '2026-11-22' }],
    ['this-month', { from: '2026-11-01', to: '2026-11-30' }],
    ['this-quarter', { from: '2026-10-01', to: '2026-12-31' }],
    ['next-quarter', { from: '2027-01-01', to: '2027-03-31' }],
    ['overdue', { to: '2026-11-21' }],
    ['last-30-days', { from: '2026-10-24', to: '2026-11-22' }],
    ['any', {}],
  ] as const)('%s', (period, range) => expect(periodRange(period, sunday)).toEqual(range));

  it('keeps a custom range as given', () =>
    expect(periodRange('custom', sunday, { from: '2026-01-01' })).toEqual({ from: '2026-01-01' }));
});

describe('real calendar days', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-12-31', true],
    ['2023-02-29', false],
    ['2024-13-45', false],
    ['2024-04-31', false],
    ['2024-00-10', false],
    ['2024-1-05', false],
    ['2024-01-05T00:00', false],
    ['', false],
  ])('%j → %s', (value, real) => expect(isRealDay(value)).toBe(real));
});

describe('links from record fields', () => {
  it.each([
    ['website', 'www.acme.example', 'https://www.acme.example'],
    ['website', 'http://acme.example/', 'http://acme.example/'],
    ['website', 'javascript:alert(1)', undefined],
    ['website', 'JavaScript:alert(1)', undefined],
    ['website', 'file:///etc/passwd', undefined],
    ['website', 'mailto:a@b.example', undefined],
    ['phone', '+1 (555) 010-0199', 'tel:+15550100199'],
    ['phone', 'call me', undefined],
    ['email', 'jane@acme.example', 'mailto:jane@acme.example'],
    ['email', ' r&d+leads@acme.example ', 'mailto:r%26d%2Bleads@acme.example'],
    ['email', 'sales?bcc=spy%40evil.example&body=Hi&x@acme.example', undefined],
    ['email', 'jane@acme.example?cc=spy@evil.example', undefined],
    ['email', 'jane@acme.example,spy@evil.example', undefined],
    ['email', 'jane@acme.example#x', 'mailto:jane@acme.example%23x'],
    ['email', 'not an address', undefined],
    ['email', '', undefined],
    ['email', null, undefined],
  ] as const)('%s %j → %j', (kind, value, url) => expect(linkFor(kind, value)).toBe(url));
});
