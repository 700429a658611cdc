import type Database from 'better-sqlite3';
import type { ObjectScope } from '../../shared/ipc/syncSettings';
import { recordWriter } from '../store/recordWriter';
import { syncStateStore } from '../store/syncState';
import type { ObjectSpec } from '../schema/objectSpecs';
import { reconcileDue } from './reconcile';

export type PullScope = { mine: boolean; userId: string; cap: number | null };

export const scopeOf = (
  userId: string,
  chosen: ObjectScope | undefined,
  mineEverywhere: boolean,
): PullScope => ({
  mine: mineEverywhere || chosen?.scope === 'mine',
  userId,
  cap: chosen?.cap ?? null,
});

const scopeKey = (scope: PullScope) =>
  `${scope.mine ? 'mine' : 'all'}${scope.cap ? `;newest ${scope.cap}` : ''}`;

/**
 * Records the reach an object syncs with. When it differs from the one its rows were synced
 * with, the object reloads from scratch (its cursor cannot say what the old scope left out) and
 * a reconcile follows, which removes what the new scope leaves out.
 */
export function adoptScope(db: Database.Database, spec: ObjectSpec, scope: PullScope): void {
  const states = syncStateStore(db);
  const key = scopeKey(scope);
  db.transaction(() => {
    const state = states.get(spec.name);
    if (state.scope === key) return;
    const reload = state.scope !== null && (state.cursor !== null || state.bulk_job_id !== null);
    states.set(spec.name, {
      scope: key,
      ...(reload
        ? {
            cursor: null,
            bulk_job_id: null,
            bulk_locator: null,
            bulk_upper: null,
            last_full_reconcile: reconcileDue,
          }
        : {}),
    });
  })();
}

/** After a pull: a capped object keeps its most recently changed rows. */
export function trimToCap(db: Database.Database, spec: ObjectSpec, scope: PullScope): number {
  if (!scope.cap) return 0;
  const writer = recordWriter(db, spec);
  if (writer.count() <= scope.cap) return 0;
  const states = syncStateStore(db);
  return db.transaction(() => {
    const removed = writer.trim(scope.cap!);
    if (removed) states.set(spec.name, { records: writer.count() });
    return removed;
  })();
}
