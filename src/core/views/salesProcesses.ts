import type Database from 'better-sqlite3';
import { recordTypeOptions } from '../schema/recordTypePicklists';
import { rollupPaused } from '../store/opportunityRollup';

/** Deals whose record type has no sales process (Master, or one the cache does not know). */
const noProcess = 'No sales process';

export type ProcessChoice = {
  /** The sales processes the cached deals use, by name; empty without record types. */
  processes: string[];
  process: string | null;
  /** The board's filter: the deals of that process, by record type ('' for none). */
  part: { sql: string; params: string[] } | null;
  /** That process's stages in its order; null for every active stage. */
  stages: string[] | null;
};

/**
 * The sales process the board shows: the one asked for if the deals use it, else the first by
 * name. An org without Opportunity record types has none, and the board is as it always was.
 */
export function chooseProcess(db: Database.Database, asked: string | undefined): ProcessChoice {
  const types = db
    .prepare(`SELECT id, process_name FROM record_type WHERE object = 'Opportunity'`)
    .all() as Array<{ id: string; process_name: string | null }>;
  if (types.length === 0) return { processes: [], process: null, part: null, stages: null };
  const used = db
    .prepare(
      rollupPaused(db)
        ? `SELECT DISTINCT IFNULL(record_type_id, '') FROM sf_opportunity`
        : 'SELECT DISTINCT record_type_id FROM opportunity_rollup',
    )
    .pluck()
    .all() as string[];
  const processOf = (id: string) => types.find((t) => t.id === id)?.process_name ?? noProcess;
  const processes = [...new Set(used.map(processOf))].sort((a, b) => a.localeCompare(b));
  const process = asked && processes.includes(asked) ? asked : (processes[0] ?? null);
  if (process === null) return { processes, process, part: null, stages: null };
  const ids = used.filter((id) => processOf(id) === process);
  const typed = ids.find((id) => id !== '');
  return {
    processes,
    process,
    part: {
      sql: `IFNULL(record_type_id, '') IN (${ids.map(() => '?').join(', ')})`,
      params: ids,
    },
    stages:
      process === noProcess || !typed
        ? null
        : (recordTypeOptions(db, 'Opportunity', typed, 'StageName')?.map((o) => o.value) ?? null),
  };
}
