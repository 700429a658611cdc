import type Database from 'better-sqlite3';
import type { ObjectSpec } from '../schema/objectSpecs';
import { danglingIds } from './lookupDangling';
import { walkNames } from './lookupNameWalk';
import { lookupIndexed, type LookupSort } from './lookupSort';
import { ownerFilter, whereOf, type SqlFilter } from './sqlFilter';

type Window = { offset: number; limit: number; desc: boolean; total: number };

/**
 * What reading and sorting one match costs against visiting one name on the walk (an index
 * probe): a match is read from an index, its name probed in another, then sorted.
 */
const matchesPerName = 3;

/**
 * The rows whose lookup has no name, as disjoint conditions the lookup's index answers: an empty
 * lookup, and one pointing at a record not cached or at one without a name.
 */
function namelessParts(db: Database.Database, spec: ObjectSpec, sort: LookupSort): SqlFilter[] {
  const { table, nameIndex } = sort.target;
  const unnamed = db
    .prepare(`SELECT id FROM ${table} INDEXED BY ${nameIndex} WHERE name IS NULL`)
    .pluck()
    .all() as string[];
  const ids = [...danglingIds(db, spec, sort), ...unnamed];
  const empty = { parts: [`${sort.id} IS NULL`], params: [] };
  if (!ids.length) return [empty];
  const among = `${sort.id} IN (SELECT value FROM json_each(?))`;
  return [empty, { parts: [among], params: [JSON.stringify(ids)] }];
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
  if (!lookupIndexed(db, spec.table, sort)) return null;
  const direction = window.desc ? 'DESC' : 'ASC';
  // Parts no row matches are left out: one part's rows come in the order of the ties straight
  // from the lookup's index, where a union of parts is sorted.
  const nameless = namelessParts(db, spec, sort)
    .map((part) => and(filter, part))
    .filter((part) =>
      db
        .prepare(`SELECT EXISTS (SELECT 1 FROM ${spec.table} ${whereOf(part)})`)
        .pluck()
        .get(...part.params),
    );
  // Counting them is the longest part of a window at the start of a table (160k deals with no
  // partner at 1M records): done only when the window reaches past them.
  let counted: number | undefined;
  const namelessCount = () =>
    (counted ??= nameless.reduce(
      (sum, part) =>
        sum +
        (db
          .prepare(`SELECT COUNT(*) FROM ${spec.table} ${whereOf(part)}`)
          .pluck()
          .get(...part.params) as number),
      0,
    ));
  const namelessRows = (offset: number, limit: number) =>
    nameless.length
      ? (db
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
          .all(...nameless.flatMap((part) => part.params), limit, offset) as number[])
      : [];
  // A JSON lookup's index holds the owner: "mine" alone is filtered there, reading matches only.
  const ownerOnly = !sort.typed && filter.parts.every((part) => part === ownerFilter);
  // Every match read and sorted, for when matches are few: the matches from an index that holds
  // the lookup beside the owner, each name from one that holds it beside the id, so no record
  // is read. It compares ids exactly where the walk folds case (the index on a JSON lookup is
  // NOCASE): Salesforce's 18-character ids, and Roadbook's local ones, never differ by case.
  const lookupIndex = sort.index ? `INDEXED BY ${sort.index}` : '';
  const matches = ownerOnly
    ? { index: lookupIndex, parts: [`${sort.id} >= ''`], value: sort.id }
    : { index: '', parts: [], value: sort.value };
  const sortMatches = `SELECT ${spec.table}.rowid FROM ${spec.table} ${matches.index}
    CROSS JOIN (SELECT id AS named_id, name AS named_name
      FROM ${sort.target.table} INDEXED BY ${sort.target.idIndex} WHERE name IS NOT NULL)
    ${whereOf(and(filter, { parts: [...matches.parts, `named_id COLLATE BINARY = ${matches.value}`], params: [] }))}
    ORDER BY named_name COLLATE NOCASE ${direction},
      ${sort.ties.map((c) => `${c} ${direction}`).join(', ')} LIMIT ? OFFSET ?`;

  const { offset, limit, total } = window;
  const namedRows = (offset: number, limit: number) => {
    // The walk visits names until the window is full, and every match of a name (a filter the
    // lookup's index does not hold is checked on the record); the matches' sort reads each
    // match once. The walk is chosen when the rows with a name are enough for it to end within
    // `matchesPerName` visits a match. Row ids stand in for the tables' sizes: max(rowid) is
    // one probe.
    const size = (t: string) =>
      (db.prepare(`SELECT max(rowid) FROM ${t}`).pluck().get() as number | null) ?? 0;
    const visited = Math.max(size(sort.target.table), ownerOnly ? total : size(spec.table));
    const enough = Math.ceil(((offset + limit) * visited) / (matchesPerName * Math.max(1, total)));
    if (enough < total && namedAbove(enough))
      return walkNames(db, spec, sort, filter, { offset, limit, desc: window.desc });
    return db
      .prepare(sortMatches)
      .pluck()
      .all(...filter.params, limit, offset) as number[];
  };
  // With no filter but the owner, the rows holding a lookup stand in for those with a name,
  // counted from an index up to the number that decides (the rows with no name can be most of
  // a table: 160k deals with no partner at 1M records); any other filter reads the records, so
  // the rows with no name are counted, few where such a filter is.
  const namedAbove = (enough: number) => {
    if (!filter.parts.every((part) => part === ownerFilter))
      return total - namelessCount() > enough;
    const valued = and(filter, { parts: [`${sort.id} >= ''`], params: [] });
    const holding = db
      .prepare(
        `SELECT COUNT(*) FROM (SELECT 1 FROM ${spec.table} ${lookupIndex} ${whereOf(valued)} LIMIT ?)`,
      )
      .pluck()
      .get(...valued.params, enough + 1) as number;
    return holding > enough;
  };
  if (window.desc) {
    const first = namedRows(offset, limit);
    if (first.length === limit) return first;
    const before = namelessCount();
    const rest = namelessRows(Math.max(0, offset - (total - before)), limit - first.length);
    return [...first, ...rest];
  }
  const first = namelessRows(offset, limit);
  if (first.length === limit) return first;
  // A window that starts among the rows with no name says where they end.
  const before = first.length ? offset + first.length : namelessCount();
  return [...first, ...namedRows(Math.max(0, offset - before), limit - first.length)];
}
