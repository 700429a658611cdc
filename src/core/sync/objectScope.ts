import type Database from 'better-sqlite3';
import type { EventWindow, ObjectScope } from '../../shared/ipc/syncSettings';
import { recordWriter } from '../store/recordWriter';
import { syncStateStore } from '../store/syncState';
import type { ObjectSpec } from '../schema/objectSpecs';
import { reconcileDue } from './reconcile';
import { soqlDateTime } from '../salesforce/soqlTime';

/** From the start of one UTC day to the start of another, in epoch ms. */
type DayWindow = { from: number; to: number };

export type PullScope = {
  mine: boolean;
  userId: string;
  cap: number | null;
  /** For an object with a window field: the records it keeps. */
  window: DayWindow | null;
};

const dayMs = 86_400_000;

/**
 * Whole UTC days, so the window moves once a day: each move reloads the object (a record the
 * moving edge reaches was not changed, so no cursor would bring it) and reconciles it.
 */
export function dayWindow(now: number, days: EventWindow): DayWindow {
  const today = Math.floor(now / dayMs) * dayMs;
  return {
    from: today - days.daysBack * dayMs,
    to: today + (days.daysAhead + 1) * dayMs,
  };
}

export const scopeOf = (
  userId: string,
  chosen: ObjectScope | undefined,
  mineEverywhere: boolean,
  window: DayWindow | null,
): PullScope => ({
  mine: mineEverywhere || chosen?.scope === 'mine',
  userId,
  cap: chosen?.cap ?? null,
  window,
});

const scopeKey = (scope: PullScope) =>
  `${scope.mine ? 'mine' : 'all'}${scope.cap ? `;newest ${scope.cap}` : ''}${
    scope.window
      ? `;from ${soqlDateTime(scope.window.from)} to ${soqlDateTime(scope.window.to)}`
      : ''
  }`;

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
