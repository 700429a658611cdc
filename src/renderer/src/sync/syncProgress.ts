import type { SyncStatus } from '../../../shared/ipc/syncStatus';
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
