import type { SyncStatus } from '../../../shared/ipc/syncStatus';
import { objectWord } from '../../../shared/syncWording';
import type { ViewId } from '../state/views';

/** The object whose records a view lists; Home and Changes need no one object. */
export const viewObject: Partial<Record<ViewId, string>> = {
  pipeline: 'Opportunity',
  opportunities: 'Opportunity',
  contacts: 'Contact',
  leads: 'Lead',
  accounts: 'Account',
  tasks: 'Task',
};

/** A sync has finished on this computer before (so every object is here, if older). */
export const everSynced = (sync: SyncStatus | undefined): boolean =>
  !!sync && (sync.lastSuccess !== null || sync.records > 0);

/** The object's records are on this computer: synced before, or stored by the sync under way. */
export function isStored(sync: SyncStatus | undefined, object: string): boolean {
  return everSynced(sync) || !!sync?.progress.some((p) => p.object === object && p.stored);
}

/** How many objects the first sync has stored so far: views ask again when it grows. */
export const storedSoFar = (sync: SyncStatus | undefined): number =>
  sync && !everSynced(sync) ? sync.progress.filter((p) => p.stored).length : 0;

/**
 * What a view says while objects it shows are still loading into the cache: "Loading leads…
 * 120,000 of 400,000", from the sync's progress when it has some for the object.
 */
export function stillLoadingLine(
  objects: readonly string[],
  progress: SyncStatus['progress'],
  locale?: string,
): string {
  return objects
    .map((object) => {
      const words = `Loading ${objectWord(object).toLowerCase()}…`;
      const p = progress.find((q) => q.object === object);
      if (!p || (p.done === 0 && p.total === undefined)) return words;
      const total = p.total === undefined ? '' : ` of ${p.total.toLocaleString(locale)}`;
      return `${words} ${p.done.toLocaleString(locale)}${total}`;
    })
    .join(' · ');
}
