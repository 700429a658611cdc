/** Date periods reps filter by, resolved on the rep's calendar (local time, weeks from Monday). */
export const periods = [
  'any',
  'overdue',
  'this-week',
  'this-month',
  'this-quarter',
  'next-quarter',
  'last-30-days',
  'custom',
] as const;
export type Period = (typeof periods)[number];

/** Inclusive YYYY-MM-DD bounds; a missing bound is open. */
export type DateRange = { from?: string; to?: string };

/** A YYYY-MM-DD string naming a day that exists (no 2024-13-45, no 2023-02-29). */
export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isoDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const day = (year: number, month: number, date: number) => isoDay(new Date(year, month, date));

export function periodRange(period: Period, now: Date, custom: DateRange = {}): DateRange {
  const y = now.getFullYear();
  const m = now.getMonth();
  const quarterStart = m - (m % 3);
  switch (period) {
    case 'any':
      return {};
    case 'overdue':
      return { to: day(y, m, now.getDate() - 1) };
    case 'this-week': {
      const sinceMonday = (now.getDay() + 6) % 7;
      return {
        from: day(y, m, now.getDate() - sinceMonday),
        to: day(y, m, now.getDate() - sinceMonday + 6),
      };
    }
    case 'this-month':
      return { from: day(y, m, 1), to: day(y, m + 1, 0) };
    case 'this-quarter':
      return { from: day(y, quarterStart, 1), to: day(y, quarterStart + 3, 0) };
    case 'next-quarter':
      return { from: day(y, quarterStart + 3, 1), to: day(y, quarterStart + 6, 0) };
    case 'last-30-days':
      return { from: day(y, m, now.getDate() - 29), to: isoDay(now) };
    case 'custom':
      return { ...custom };
  }
}
