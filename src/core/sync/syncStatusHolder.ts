import { notConnectedStatus, type SyncStatus } from '../../shared/ipc/syncStatus';

export type ObjectProgress = { object: string; done: number; total?: number; stored?: boolean };

/** The one sync status of the app: every change to it goes to the listeners (window and tray). */
export function createSyncStatusHolder(emit: (status: SyncStatus) => void) {
  let status: SyncStatus = notConnectedStatus;

  const publish = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change };
    emit(status);
    return status;
  };

  return {
    current: () => status,
    publish,
    /**
     * Fills in what a reader asked for without telling listeners: a listener that reads the
     * status (the tray) would otherwise be called back from its own read.
     */
    fillIn(change: Partial<SyncStatus>) {
      status = { ...status, ...change };
      return status;
    },
    /** One object's rows so far, beside the others' progress. */
    progressed(p: ObjectProgress) {
      const progress = [
        ...status.progress.filter((q) => q.object !== p.object),
        {
          object: p.object,
          done: p.done,
          ...(p.total ? { total: p.total } : {}),
          ...(p.stored ? { stored: true } : {}),
        },
      ];
      return publish({ progress });
    },
  };
}

export type SyncStatusHolder = ReturnType<typeof createSyncStatusHolder>;
