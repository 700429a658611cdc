import { useEffect, useId, useState } from 'react';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { syncWording } from '../../../shared/syncWording';
import { offlineReason } from '../sync/offline';
import { SyncProgress } from '../sync/SyncProgress';
import { everSynced } from '../sync/syncProgress';

/** Always-visible sync state with Sync now and Pause/Resume; on the first sync, a bar per object. */
export function SyncIndicator() {
  const sync = useAppStore((s) => s.sync);
  const reasonId = useId();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!sync || sync.state === 'not-connected') return null;
  const text = syncWording(sync, now).summary;
  const offline = sync.noNetwork === true;
  return (
    <div className="sync-indicator">
      <p role="status" aria-label={`Sync: ${text}`} className="muted">
        {text}
      </p>
      {sync.state === 'syncing' && !everSynced(sync) ? (
        // The sidebar is short: only what is still coming; the first-run step lists them all.
        <SyncProgress progress={sync.progress.filter((p) => !p.stored)} label="First sync" />
      ) : null}
      <div className="sync-actions">
        <button
          type="button"
          className="link-button"
          disabled={sync.state === 'syncing' || offline}
          aria-describedby={offline ? reasonId : undefined}
          onClick={() => void api().sync.now({})}
        >
          Sync now
        </button>
        {sync.pausedByUser ? (
          <button type="button" className="link-button" onClick={() => void api().sync.resume({})}>
            Resume sync
          </button>
        ) : (
          <button type="button" className="link-button" onClick={() => void api().sync.pause({})}>
            Pause sync
          </button>
        )}
      </div>
      {offline ? (
        <p id={reasonId} className="muted disabled-reason">
          {offlineReason}
        </p>
      ) : null}
    </div>
  );
}
