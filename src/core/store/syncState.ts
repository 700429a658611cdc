import type Database from 'better-sqlite3';

export type SyncState = {
  object: string;
  cursor: string | null;
  bulk_job_id: string | null;
  bulk_locator: string | null;
  bulk_upper: string | null;
  last_full_reconcile: string | null;
  last_success: string | null;
  last_error: string | null;
  records: number;
  /** The reach the cached rows were synced with (see scopeKey). */
  scope: string | null;
};

export function syncStateStore(db: Database.Database) {
  const read = db.prepare('SELECT * FROM sync_state WHERE object = ?');
  const ensure = db.prepare('INSERT OR IGNORE INTO sync_state (object) VALUES (?)');
  return {
    get(object: string): SyncState {
      ensure.run(object);
      return read.get(object) as SyncState;
    },
    /** Call inside the transaction that writes the rows the change covers. */
    set(object: string, change: Partial<Omit<SyncState, 'object'>>): void {
      ensure.run(object);
      const keys = Object.keys(change);
      if (keys.length === 0) return;
      db.prepare(
        `UPDATE sync_state SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE object = @object`,
      ).run({ ...change, object });
    },
  };
}

/**
 * Each sync stamps the rows it sees with a generation that must exceed every earlier one, or a
 * reconcile could not tell rows it saw from rows an earlier sync in the same second saw.
 */
export function nextGeneration(db: Database.Database, serverNow: number): number {
  return db.transaction(() => {
    const row = db.prepare(`SELECT value FROM sync_meta WHERE key = 'generation'`).get() as
      { value: string } | undefined;
    const generation = Math.max(serverNow, Number(row?.value ?? 0) + 1);
    db.prepare(`INSERT OR REPLACE INTO sync_meta (key, value) VALUES ('generation', ?)`).run(
      String(generation),
    );
    return generation;
  })();
}
