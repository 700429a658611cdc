import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations';
import { searchTokenizer } from '../../../../src/core/store/searchTerms';
import { objectSpecs } from '../../../../src/core/schema/objectSpecs';

// Every object table has these beside its typed columns: the record, its sync stamp and its
// local changes. The store's code reads them by name.
const everyTableHas = [
  'id',
  'system_modstamp',
  'last_modified_date',
  'json',
  'local_state',
  'base_json',
  'base_lmd',
  'server_json',
  'dirty_fields',
  'last_error',
  'conflict',
  'seen_gen',
];
const syncOrderIndex = 'system_modstamp,id';

type IndexColumn = { name: string | null; coll: string; key: number };

const db = new Database(':memory:');
migrate(db);
afterAll(() => db.close());

const byName = (a: string, b: string) => a.localeCompare(b);

/** The table's indexes on plain columns, in their spec's form: no expression, collation or WHERE. */
function plainIndexes(table: string): string[] {
  const indexes = db.pragma(`index_list(${table})`) as Array<{
    name: string;
    origin: string;
    partial: number;
  }>;
  return indexes
    .filter((index) => index.origin === 'c' && !index.partial)
    .map((index) =>
      (db.pragma(`index_xinfo(${index.name})`) as IndexColumn[]).filter((column) => column.key),
    )
    .filter((columns) => columns.every((c) => c.name !== null && c.coll === 'BINARY'))
    .map((columns) => columns.map((c) => c.name).join(','))
    .filter((columns) => columns !== syncOrderIndex)
    .sort(byName);
}

describe.each(objectSpecs)('the $name spec and the latest schema', (spec) => {
  const columns = db.pragma(`table_info(${spec.table})`) as Array<{ name: string; type: string }>;

  it('has a table with the columns every object table has', () =>
    expect(columns.map((c) => c.name)).toEqual(expect.arrayContaining(everyTableHas)));

  it('names exactly the typed columns the table has, with their types', () =>
    expect(
      columns
        .filter((c) => !everyTableHas.includes(c.name))
        .map((c) => `${c.name} ${c.type}`)
        .sort(byName),
    ).toEqual(spec.columns.map((c) => `${c.column} ${c.type}`).sort(byName)));

  it('names exactly the indexes on plain columns the table has', () =>
    expect(plainIndexes(spec.table)).toEqual(spec.indexes.map((i) => i.join(',')).sort(byName)));
});

it('cuts words for search as the search index does', () =>
  expect(
    db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'search_index'`).pluck().get(),
  ).toContain(`tokenize = '${searchTokenizer}'`));
