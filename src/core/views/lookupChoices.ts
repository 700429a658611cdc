import type Database from 'better-sqlite3';
import type { LookupChoices } from '../../shared/ipc/lookups';
import type { NamedObject } from '../../shared/lookups';
import { specFor } from '../schema/objectSpecs';
import { accountName } from './namedRows';

/** What tells two records of one name apart in a picker. */
const details: Record<NamedObject, (table: string) => string> = {
  Account: (table) => `${table}.billing_city`,
  Contact: accountName,
  User: (table) => `${table}.email`,
  Opportunity: accountName,
  Lead: (table) => `${table}.company`,
};

const likeEscaped = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The first twenty cached records of an object whose name holds every word typed, by name (the
 * name index is walked and the walk stops at twenty); a user who left the org is not offered.
 */
export function lookupChoices(
  db: Database.Database,
  object: NamedObject,
  text: string,
): LookupChoices['choices'] {
  const table = specFor(object).table;
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, 6);
  const where = [
    `${table}.name IS NOT NULL`,
    ...words.map(() => `${table}.name LIKE ? ESCAPE '\\'`),
    ...(object === 'User' ? [`${table}.is_active = 1`] : []),
  ];
  return db
    .prepare(
      `SELECT ${table}.id AS id, ${table}.name AS name, ${details[object](table)} AS detail
       FROM ${table} WHERE ${where.join(' AND ')} ORDER BY ${table}.name COLLATE NOCASE LIMIT 20`,
    )
    .all(...words.map(likeEscaped)) as LookupChoices['choices'];
}
