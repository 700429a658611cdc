import type Database from 'better-sqlite3';
import { namedObjectPrefixes, type NamedObject } from '../../shared/lookups';
import { cachedDescribe } from '../schema/fieldList';
import { specFor } from '../schema/objectSpecs';
import { fieldIndexName, indexJsonField } from '../store/fieldIndexes';
import { fieldSql } from './fieldSql';

/**
 * A table sorted by the name a lookup points at. The name lives in another table, so no index of
 * this one can hold it, and sorting by a per-row subquery reads every match (hundreds of
 * milliseconds at 50k deals). Instead the named table is walked by its name index and each
 * name's rows are found by an index on the lookup: a window costs about the rows before it.
 * The order is the one `listSql` gives, ties and all: rows with no name first (ascending, as
 * SQLite sorts NULL), then by name, ties by the same columns.
 */
export type LookupSort = {
  /** The lookup as this table's index holds it. */
  id: string;
  /** The lookup's value as the record holds it, to look the named record up by. */
  value: string;
  /** The lookup equal to a named record's id, written so the lookup's index answers it. */
  joins: (namedId: string) => string;
  /** Columns that order rows of one name, as `listSql` orders them. */
  ties: string[];
  /** The index of this table that finds a name's rows; without it each name would scan. */
  index: string | null;
  /** A typed column's indexes do not hold the owner after it; a JSON lookup's own one does. */
  typed: boolean;
  /**
   * For a typed lookup, an index on the owner and the lookup: "mine" sorted by it reads each
   * match's lookup from there, never the record (a JSON lookup's own index holds the owner).
   */
  ownerIndex: { field: string; columns: string } | null;
  target: { table: string; nameIndex: string; idIndex: string };
};

/** Table columns that show a lookup's name from a typed column. */
const typedLookups: Record<string, { column: string; object: NamedObject }> = {
  OwnerName: { column: 'owner_id', object: 'User' },
  AccountName: { column: 'account_id', object: 'Account' },
};

const namedObjects = new Set<string>(Object.values(namedObjectPrefixes));

/**
 * The lookup a table question sorts by, when it points at exactly one cached object; null for
 * any other sort, which `listSql` orders as before.
 */
export function lookupSortOf(
  db: Database.Database,
  object: string,
  column: string,
  typedColumns: readonly string[],
): LookupSort | null {
  const table = specFor(object).table;
  const typed = typedLookups[column];
  if (typedColumns.includes(column)) {
    if (!typed) return null;
    return {
      id: `${table}.${typed.column}`,
      value: `${table}.${typed.column}`,
      joins: (namedId) => `${table}.${typed.column} = +${namedId}`,
      ties: [`${table}.rowid`],
      // Every typed lookup column has indexes of the schema's, there whenever the table is not
      // loading (and a loading table lists nothing).
      index: null,
      typed: true,
      ownerIndex:
        typed.column === 'owner_id'
          ? null
          : { field: `owner_${typed.column}`, columns: `owner_id, ${typed.column}` },
      target: targetOf(typed.object),
    };
  }
  const field = fieldSql(db, object, column);
  if (field?.type !== 'reference') return null;
  const named = (
    cachedDescribe(db, object)?.find((f) => f.name === column)?.referenceTo ?? []
  ).filter((o) => namedObjects.has(o));
  if (named.length !== 1) return null;
  const path = `json_extract(json, '$.${field.name}')`;
  return {
    id: field.sql,
    value: `json_extract(${table}.json, '$.${field.name}')`,
    // `+` drops the id column's text affinity, which an index on an expression cannot compare by.
    joins: (namedId) => `${path} = +${namedId} COLLATE NOCASE`,
    ties: [`${table}.owner_id`, `${table}.rowid`],
    index: fieldIndexName(table, field.name),
    typed: false,
    ownerIndex: null,
    target: targetOf(named[0]!),
  };
}

const targetOf = (object: string) => {
  const table = specFor(object).table;
  return {
    table,
    nameIndex: fieldIndexName(table, 'name_id'),
    idIndex: fieldIndexName(table, 'id_name'),
  };
};

/**
 * Whether the indexes the window reads are there, made when first sorted by. The named table's
 * hold the id beside the name and the name beside the id: the walk by names and the matches'
 * sort then never read a named record (one row read a name, most of the time spent before).
 */
export function lookupIndexed(db: Database.Database, table: string, sort: LookupSort): boolean {
  if (sort.index && !indexExists(db, sort.index)) return false;
  const named = sort.target.table;
  const owner = sort.ownerIndex;
  return (
    indexJsonField(db, named, 'name_id', 'name COLLATE NOCASE, id') &&
    indexJsonField(db, named, 'id_name', 'id, name') &&
    (!owner || indexJsonField(db, table, owner.field, owner.columns))
  );
}

const indexExists = (db: Database.Database, name: string) =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).get(name) !==
  undefined;
