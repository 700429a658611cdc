import type Database from 'better-sqlite3';
import { specFor } from '../schema/objectSpecs';
import { tablesLoading } from '../store/tablesLoading';

/**
 * Which of the objects a view reads are still loading. A view leaves those out rather than scan
 * and sort a growing table that has no indexes yet: on the thread that answers the window, that
 * is a block proportional to the table (hundreds of milliseconds at a million rows).
 */
export function loadingAmong(db: Database.Database, objects: readonly string[]): string[] {
  const tables = tablesLoading(db);
  return tables.size === 0 ? [] : objects.filter((object) => tables.has(specFor(object).table));
}
