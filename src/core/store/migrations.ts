import type Database from 'better-sqlite3';
import { cacheProblem } from './cacheProblems';
import { v001Initial } from './frozenMigrations/v001Initial';
import { v002SortIndexes } from './frozenMigrations/v002SortIndexes';
import { v003Tasks } from './frozenMigrations/v003Tasks';
import { v004SyncScope } from './frozenMigrations/v004SyncScope';
import { v005LeadOwnerStatus } from './frozenMigrations/v005LeadOwnerStatus';
import { v006OpportunityRollup } from './frozenMigrations/v006OpportunityRollup';
import { v007ContentlessSearch } from './frozenMigrations/v007ContentlessSearch';
import { v008SentFields } from './frozenMigrations/v008SentFields';
import { v009OutboxWithoutBaseLmd } from './frozenMigrations/v009OutboxWithoutBaseLmd';
import { v010Events } from './frozenMigrations/v010Events';
import { v011ProcessesAndCurrencies } from './frozenMigrations/v011ProcessesAndCurrencies';
import { v012Layouts } from './frozenMigrations/v012Layouts';
import { v013ContactRoles } from './frozenMigrations/v013ContactRoles';
import { v014BoardSums } from './frozenMigrations/v014BoardSums';

/**
 * Forward-only: migration N takes a database at user_version N-1 to N. Each is the literal SQL
 * it shipped with (frozenMigrations/), never generated from today's code: a cache an old Roadbook
 * made holds exactly what that SQL made. So a shipped one is never edited; a new column, index
 * or table is a new migration, and objectSpecs describes the result (a test holds them together).
 */
export const frozenMigrations: readonly string[] = [
  v001Initial,
  v002SortIndexes,
  v003Tasks,
  v004SyncScope,
  v005LeadOwnerStatus,
  v006OpportunityRollup,
  v007ContentlessSearch,
  v008SentFields,
  v009OutboxWithoutBaseLmd,
  v010Events,
  v011ProcessesAndCurrencies,
  v012Layouts,
  v013ContactRoles,
  v014BoardSums,
];

export const migrations: Array<(db: Database.Database) => void> = frozenMigrations.map(
  (sql) => (db) => db.exec(sql),
);

export const schemaVersion = migrations.length;

/** A cache a newer Roadbook wrote is left as it is: this one cannot know what it holds. */
export function checkVersion(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > schemaVersion) throw cacheProblem('CACHE_NEWER');
}

/** Brings the database to the current schema, each step in its own transaction. */
export function migrate(db: Database.Database): void {
  checkVersion(db);
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < schemaVersion; version++) {
    db.transaction(() => {
      migrations[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
