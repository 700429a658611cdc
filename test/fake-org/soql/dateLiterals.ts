import { dayMs } from '../clock';

/** A date range [start, end) in UTC epoch ms. The fake org's users all live in UTC. */
export type Range = { start: number; end: number };

const startOfDay = (ms: number) => Math.floor(ms / dayMs) * dayMs;

function week(today: number, offset: number): Range {
  // Salesforce weeks start on Sunday in the default locale.
  const weekday = new Date(today).getUTCDay();
  const start = today - weekday * dayMs + offset * 7 * dayMs;
  return { start, end: start + 7 * dayMs };
}

function month(today: number, offset: number): Range {
  const d = new Date(today);
  return {
    start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1),
    end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset + 1, 1),
  };
}

function quarter(today: number, offset: number): Range {
  const d = new Date(today);
  const first = Math.floor(d.getUTCMonth() / 3) * 3 + offset * 3;
  return {
    start: Date.UTC(d.getUTCFullYear(), first, 1),
    end: Date.UTC(d.getUTCFullYear(), first + 3, 1),
  };
}

function year(today: number, offset: number): Range {
  const y = new Date(today).getUTCFullYear() + offset;
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
}

const fixed: Record<string, (today: number) => Range> = {
  TODAY: (t) => ({ start: t, end: t + dayMs }),
  YESTERDAY: (t) => ({ start: t - dayMs, end: t }),
  TOMORROW: (t) => ({ start: t + dayMs, end: t + 2 * dayMs }),
  LAST_WEEK: (t) => week(t, -1),
  THIS_WEEK: (t) => week(t, 0),
  NEXT_WEEK: (t) => week(t, 1),
  LAST_MONTH: (t) => month(t, -1),
  THIS_MONTH: (t) => month(t, 0),
  NEXT_MONTH: (t) => month(t, 1),
  LAST_QUARTER: (t) => quarter(t, -1),
  THIS_QUARTER: (t) => quarter(t, 0),
  NEXT_QUARTER: (t) => quarter(t, 1),
  LAST_YEAR: (t) => year(t, -1),
  THIS_YEAR: (t) => year(t, 0),
  NEXT_YEAR: (t) => year(t, 1),
  LAST_90_DAYS: (t) => ({ start: t - 90 * dayMs, end: t + dayMs }),
  NEXT_90_DAYS: (t) => ({ start: t + dayMs, end: t + 91 * dayMs }),
};

const withN: Record<string, (today: number, n: number) => Range> = {
  LAST_N_DAYS: (t, n) => ({ start: t - n * dayMs, end: t + dayMs }),
  NEXT_N_DAYS: (t, n) => ({ start: t + dayMs, end: t + (n + 1) * dayMs }),
  N_DAYS_AGO: (t, n) => ({ start: t - n * dayMs, end: t - (n - 1) * dayMs }),
  LAST_N_WEEKS: (t, n) => ({ start: week(t, -n).start, end: week(t, 0).start }),
  NEXT_N_WEEKS: (t, n) => ({ start: week(t, 1).start, end: week(t, n + 1).start }),
  LAST_N_MONTHS: (t, n) => ({ start: month(t, -n).start, end: month(t, 0).start }),
  NEXT_N_MONTHS: (t, n) => ({ start: month(t, 1).start, end: month(t, n + 1).start }),
  LAST_N_QUARTERS: (t, n) => ({ start: quarter(t, -n).start, end: quarter(t, 0).start }),
  NEXT_N_QUARTERS: (t, n) => ({ start: quarter(t, 1).start, end: quarter(t, n + 1).start }),
};

/** Resolves TODAY, THIS_QUARTER, LAST_N_DAYS:30 … against the org's clock; undefined if unknown. */
export function dateLiteralRange(literal: string, now: number): Range | undefined {
  const today = startOfDay(now);
  const [name, n] = literal.toUpperCase().split(':');
  if (n === undefined) return fixed[name!]?.(today);
  const count = Number(n);
  if (!Number.isInteger(count) || count < 0) return undefined;
  return withN[name!]?.(today, count);
}
