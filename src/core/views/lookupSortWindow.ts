import type Database from 'better-sqlite3';
import type { ObjectSpec } from '../schema/objectSpecs';
import { lookupIndexed, type LookupSort } from './lookupSort';
import { ownerFilter, whereOf, type SqlFilter } from './sqlFilter';

type Window = { offset: number; limit: number; desc: boolean; total: number };

/**
 * What reading and sorting one match costs against visiting one name on the walk (an index
 * probe): a match reads its record for the lookup and probes the named table.
 */
const matchesPerName = 3;

/**
 * The rows whose lookup has no name, as disjoint conditions an index can answer: an empty
 * lookup, one pointing at a record not cached, one pointing at a record without a name.
 */
function namelessParts(db: Database.Database, spec: ObjectSpec, sort: LookupSort): SqlFilter[] {
  const { table, nameIndex } = sort.target;
  const unnamed = db
    .prepare(`SELECT id FROM ${table} INDEXED BY ${nameIndex} WHERE name IS NULL`)
    .pluck()
    .all() as string[];
  const empty = { parts: [`${sort.id} IS NULL`], params: [] };
  const among = (ids: string[]) =>
    ids.length
      ? [
          {
            parts: [`${sort.id} IN (SELECT value FROM json_each(?))`],
            params: [JSON.stringify(ids)],
          },
        ]
      : [];
  if (sort.typed)
    return [
      empty,
      { parts: [`${sort.id} NOT IN (SELECT id FROM ${table})`], params: [] },
      ...among(unnamed),
    ];
  // A JSON lookup compared row by row reads every record; its distinct values come from its
  // index alone, and those with no named record are kept.
  const dangling = db
    .prepare(
      `WITH seen AS MATERIALIZED (
        SELECT DISTINCT ${sort.id} AS value FROM ${spec.table} WHERE ${sort.id} > '')
      SELECT value FROM seen
        WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE ${table}.id = value)
          OR value IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(unnamed)) as string[];
  return [empty, ...among(dangling)];
}

const and = (filter: SqlFilter, part: SqlFilter): SqlFilter => ({
  parts: [...filter.parts, ...part.parts],
  params: [...filter.params, ...part.params],
});

/**
 * The row ids of one window of a table sorted by a lookup's name, in the order `listSql` gives
 * (ascending, the rows with no name first, as SQLite sorts NULL); null when an index the walk
 * needs is missing (a table loading its indexes, one not made yet) and the caller sorts as before.
 */
export function lookupSortedRowids(
  db: Database.Database,
  spec: ObjectSpec,
  sort: LookupSort,
  filter: SqlFilter,
  window: Window,
): number[] | null {
  if (!lookupIndexed(db, sort)) return null;
  const { table, nameIndex } = sort.target;
  const direction = window.desc ? 'DESC' : 'ASC';
  const ties = sort.ties.map((c) => `${c} ${direction}`).join(', ');
  const nameless = namelessParts(db, spec, sort).map((part) => and(filter, part));
  const namelessCount = () =>
    nameless.reduce(
      (sum, part) =>
        sum +
        (db
          .prepare(`SELECT COUNT(*) FROM ${spec.table} ${whereOf(part)}`)
          .pluck()
          .get(...part.params) as number),
      0,
    );
  const namelessRows = (offset: number, limit: number) =>
    db
      .prepare(
        `${nameless
          .map(
            (part) =>
              `SELECT ${spec.table}.rowid, ${sort.ties.join(', ')} FROM ${spec.table} ${whereOf(part)}`,
          )
          .join(' UNION ALL ')}
        ORDER BY ${sort.ties.map((_, i) => `${i + 2} ${direction}`).join(', ')} LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(...nameless.flatMap((part) => part.params), limit, offset) as number[];
  const named = (by: string) => `(SELECT id AS named_id, name AS named_name FROM ${table} ${by}
    WHERE name IS NOT NULL)`;
  const byName = `ORDER BY named_name COLLATE NOCASE ${direction}, ${ties} LIMIT ? OFFSET ?`;
  // The named table outside (CROSS JOIN keeps it there): its index gives the names in order, each
  // name's rows are found by the lookup's index, and SQLite sorts only the rows of one name.
  const walkNames = `SELECT ${spec.table}.rowid FROM ${named(`INDEXED BY ${nameIndex}`)} CROSS JOIN ${spec.table}
    ${whereOf(and(filter, { parts: [sort.joins('named_id')], params: [] }))} ${byName}`;
  // This table outside: every match is read and sorted, for when matches are few. It compares
  // ids exactly where the walk folds case (the index on a JSON lookup is NOCASE): Salesforce's
  // 18-character ids, and Roadbook's local ones, never differ by case alone.
  const sortMatches = `SELECT ${spec.table}.rowid FROM ${spec.table} CROSS JOIN ${named('')}
    ${whereOf(and(filter, { parts: [`named_id = ${sort.value}`], params: [] }))} ${byName}`;

  const { offset, limit, total } = window;
  const before = namelessCount();
  const namedRows = (offset: number, limit: number) => {
    // The walk visits every name and every row of a name (a filter the lookup's index does not
    // hold is checked on the record) until the window is full; the matches' sort reads each
    // match once. Row ids stand in for counts: max(rowid) is one probe.
    const size = (t: string) =>
      (db.prepare(`SELECT max(rowid) FROM ${t}`).pluck().get() as number | null) ?? 0;
    // A JSON lookup's index holds the owner: "mine" alone is filtered there, reading matches only.
    const ownerOnly = !sort.typed && filter.parts.every((part) => part === ownerFilter);
    const visited = Math.max(size(table), ownerOnly ? total : size(spec.table));
    const walked = ((offset + limit) * visited) / Math.max(1, total - before);
    return db
      .prepare(walked < matchesPerName * total ? walkNames : sortMatches)
      .pluck()
      .all(...filter.params, limit, offset) as number[];
  };
  if (window.desc) {
    const first = namedRows(offset, limit);
    if (first.length === limit) return first;
    const rest = namelessRows(Math.max(0, offset - (total - before)), limit - first.length);
    return [...first, ...rest];
  }
  const first = offset < before ? namelessRows(offset, Math.min(limit, before - offset)) : [];
  if (first.length === limit) return first;
  return [...first, ...namedRows(Math.max(0, offset - before), limit - first.length)];
}
