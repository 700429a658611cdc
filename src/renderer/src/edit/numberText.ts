/** Numbers in a form as the rep reads and types them: grouped, in the rep's locale. */

const grouped = new Intl.NumberFormat(undefined, { maximumFractionDigits: 10 });
const parts = grouped.formatToParts(12345.6);
const groupMark = parts.find((p) => p.type === 'group')?.value ?? ',';
const decimalMark = parts.find((p) => p.type === 'decimal')?.value ?? '.';

/** A number as an input starts with it: 250000 → "250,000". */
export function numberText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? grouped.format(value) : '';
}

/**
 * What the rep typed, as a number: group marks, spaces, a currency code or symbol and a percent
 * sign are left out. NaN when it is not a number ("12abc"), so the form says so.
 */
export function parseNumber(raw: string): number {
  const bare = raw
    .replace(/[\s\u00a0\u202f%]/g, '')
    .replace(/^[A-Z]{3}|^[^\d\-+.,]+/, '')
    .split(groupMark)
    .join('')
    .replace(decimalMark, '.');
  return bare === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(bare) ? Number.NaN : Number(bare);
}
