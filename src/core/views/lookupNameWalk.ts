import type Database from 'better-sqlite3';
import type { ObjectSpec } from '../schema/objectSpecs';
import type { LookupSort } from './lookupSort';
import { whereOf, type SqlFilter } from './sqlFilter';

/** One name on the walk: the named records that carry it and how many matches point at them. */
type NameGroup = { ids: string[]; rows: number };

/** SQLite's NOCASE folds ASCII letters only; names that fold alike sort as one. */
const folded = (name: string) => name.replace(/[A-Z]/g, (c) => c.toLowerCase());

const joined = (filter: SqlFilter, part: string): SqlFilter => ({
  parts: [...filter.parts, part],
  params: filter.params,
});

/**
 * The names a window reaches, in order, each with its matches counted up to the window's end:
 * the named table's index gives the names, the lookup's index the matches of each.
 */
function namesReached(
  db: Database.Database,
  spec: ObjectSpec,
  sort: LookupSort,
  filter: SqlFilter,
  direction: string,
  end: number,
): NameGroup[] {
  const { table, nameIndex } = sort.target;
  const matches = whereOf(joined(filter, sort.joins('named.id')));
  const names = db.prepare(
    `SELECT named.id, named.name,
      (SELECT COUNT(*) FROM (SELECT 1 FROM ${spec.table} ${matches} LIMIT ?)) AS rows
    FROM ${table} AS named INDEXED BY ${nameIndex}
    WHERE named.name IS NOT NULL AND EXISTS (SELECT 1 FROM ${spec.table} ${matches})
    ORDER BY named.name COLLATE NOCASE ${direction}`,
  );
  const groups: (NameGroup & { name: string })[] = [];
  let counted = 0;
  for (const named of names.iterate(...filter.params, end, ...filter.params) as Iterable<{
    id: string;
    name: string;
    rows: number;
  }>) {
    const name = folded(named.name);
    const last = groups.at(-1);
    if (last?.name === name) {
      last.ids.push(named.id);
      last.rows += named.rows;
    } else {
      // A name's records are all read before the walk stops: its rows interleave by the ties.
      if (counted >= end) break;
      groups.push({ ids: [named.id], rows: named.rows, name });
    }
    counted += named.rows;
  }
  return groups;
}

/**
 * One window of the rows that have a name, by walking the names. A name carried by one record
 * (nearly always) has its rows read in the order of the ties straight from the lookup's index,
 * the window's offset in it skipped there; the rows of a name several records carry are sorted.
 */
export function walkNames(
  db: Database.Database,
  spec: ObjectSpec,
  sort: LookupSort,
  filter: SqlFilter,
  window: { offset: number; limit: number; desc: boolean },
): number[] {
  const direction = window.desc ? 'DESC' : 'ASC';
  const order = `ORDER BY ${sort.ties.map((c) => `${c} ${direction}`).join(', ')} LIMIT ? OFFSET ?`;
  const groups = namesReached(db, spec, sort, filter, direction, window.offset + window.limit);
  const rowsOf = (part: string, index: string) =>
    db
      .prepare(
        `SELECT ${spec.table}.rowid FROM ${spec.table} ${index}
          ${whereOf(joined(filter, part))} ${order}`,
      )
      .pluck();
  // The lookup's own index holds the ties after it; a typed lookup's is found by SQLite.
  const index = sort.index ? `INDEXED BY ${sort.index}` : '';
  const one = rowsOf(sort.joins('?'), index);
  const several = rowsOf(`${sort.id} IN (SELECT value FROM json_each(?))`, index);
  const found: number[] = [];
  let skip = window.offset;
  for (const group of groups) {
    if (skip >= group.rows) {
      skip -= group.rows;
      continue;
    }
    const wanted = window.limit - found.length;
    const records = group.ids.length === 1 ? group.ids[0] : JSON.stringify(group.ids);
    const statement = group.ids.length === 1 ? one : several;
    found.push(...(statement.all(...filter.params, records, wanted, skip) as number[]));
    skip = 0;
    if (found.length === window.limit) break;
  }
  return found;
}
