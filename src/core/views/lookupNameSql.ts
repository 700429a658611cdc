import { namedObjectPrefixes } from '../../shared/lookups';
import { specFor } from '../schema/objectSpecs';

/** The tables of the objects a lookup may name, by the key prefix of their ids. */
export const nameTables = Object.entries(namedObjectPrefixes).map(([prefix, object]) => ({
  prefix,
  table: specFor(object).table,
}));

/**
 * The name of the cached record an id expression points at, one index probe found by the id's
 * key prefix; a record made offline (no prefix yet) is looked for in each table. NULL when the
 * record is not synced. The id expression must name its table (`sf_lead.json`): the looked-up table
 * is aliased so that even a lookup to its own object (a parent account) reads the outer row.
 */
export function lookupNameSql(idSql: string): string {
  const one = (table: string) =>
    `(SELECT named.name FROM ${table} AS named WHERE named.id = ${idSql})`;
  const byPrefix = nameTables.map((t) => `WHEN '${t.prefix}' THEN ${one(t.table)}`).join(' ');
  const anywhere = `COALESCE(${nameTables.map((t) => one(t.table)).join(', ')})`;
  return `CASE substr(${idSql}, 1, 3) ${byPrefix} WHEN 'loc' THEN ${anywhere} END`;
}
