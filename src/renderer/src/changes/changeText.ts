import type { ShownValue } from '../../../shared/ipc/edits';
import { formatField } from '../table/formatField';

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * A changed field's value as the record shows it: money in the record's currency, dates as
 * dates, checkboxes as Yes/No, a lookup as the name of the record it points at.
 */
export function shownText(type: string, shown: ShownValue, currency: string | null): string {
  const v = shown.value;
  if (type === 'boolean') return v === true ? 'Yes' : 'No';
  if (blank(v)) return '—';
  if (type === 'reference') return shown.name ?? 'a record not on this computer';
  return formatField(type, v, currency);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/** When a change was made, the way a rep says it: "just now", "5 minutes ago", "yesterday". */
export function ago(at: number, now: number): string {
  const past = Math.max(0, now - at);
  if (past < 60_000) return 'just now';
  const [unit, size] =
    steps.findLast(([, size]) => past >= size) ??
    (steps[0] as [Intl.RelativeTimeFormatUnit, number]);
  return relative.format(-Math.floor(past / size), unit);
}
