import type Database from 'better-sqlite3';
import { periodRange, type DateRange } from '../../shared/periods';
import type { OwnerFilter, PeriodInput } from '../../shared/ipc/views';
import { sfDateTime } from '../salesforce/soqlTime';
import { searchIdStride } from '../schema/searchObjectOrder';
import { ftsSlot, toMatchQuery } from '../store/searchIndex';
import type { ObjectSpec } from '../schema/objectSpecs';

/** A WHERE clause built from parts, with its bound parameters: values never enter the SQL. */
export type SqlFilter = { parts: string[]; params: unknown[] };

export const newFilter = (...parts: string[]): SqlFilter => ({ parts, params: [] });

export const whereOf = (filter: SqlFilter) =>
  filter.parts.length ? `WHERE ${filter.parts.join(' AND ')}` : '';

export type ViewContext = { userId: string; now: Date };

export const ownerFilter = 'owner_id = ?';

export function ownerIs(filter: SqlFilter, owner: OwnerFilter | undefined, context: ViewContext) {
  if (!owner || owner === 'all') return;
  filter.parts.push(ownerFilter);
  filter.params.push(owner === 'me' ? context.userId : owner);
}

/** Picklist choices; '' stands for "no value". */
export function oneOf(filter: SqlFilter, column: string, values: string[] | undefined) {
  if (!values || values.length === 0) return;
  const named = values.filter((v) => v !== '');
  const alternatives = [
    ...(named.length ? [`${column} IN (${named.map(() => '?').join(', ')})`] : []),
    ...(named.length < values.length ? [`${column} IS NULL`] : []),
  ];
  filter.parts.push(`(${alternatives.join(' OR ')})`);
  filter.params.push(...named);
}

/** Words the rep typed, matched as prefixes through the search index. */
export function matchesText(
  db: Database.Database,
  filter: SqlFilter,
  spec: ObjectSpec,
  text: string | undefined,
) {
  const match = text ? toMatchQuery(db, text) : undefined;
  if (!match) return;
  filter.parts.push(
    `${spec.table}.rowid IN (SELECT rowid / ${searchIdStride} FROM search_index
      WHERE search_index MATCH ? AND rowid % ${searchIdStride} = ?)`,
  );
  filter.params.push(match, ftsSlot(spec));
}

export const resolvePeriod = (input: PeriodInput, now: Date): DateRange =>
  periodRange(input.period, now, {
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
  });

/** A date column (YYYY-MM-DD) within inclusive day bounds. */
export function dayWithin(filter: SqlFilter, column: string, range: DateRange) {
  if (range.from) {
    filter.parts.push(`${column} >= ?`);
    filter.params.push(range.from);
  }
  if (range.to) {
    filter.parts.push(`${column} <= ?`);
    filter.params.push(range.to);
  }
}

/** Salesforce keeps datetimes in UTC; a local day starts at the rep's midnight. */
const utcStamp = (day: string, plusDays = 0) => {
  const local = new Date(`${day}T00:00:00`);
  local.setDate(local.getDate() + plusDays);
  return sfDateTime(local.getTime());
};

/** A datetime column within inclusive local-day bounds. */
export function instantWithin(filter: SqlFilter, column: string, range: DateRange) {
  if (range.from) {
    filter.parts.push(`${column} >= ?`);
    filter.params.push(utcStamp(range.from));
  }
  if (range.to) {
    filter.parts.push(`${column} < ?`);
    filter.params.push(utcStamp(range.to, 1));
  }
}
