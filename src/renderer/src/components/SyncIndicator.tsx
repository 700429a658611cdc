import { useEffect, useState } from 'react';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { syncWording } from '../../../shared/syncWording';

/** Always-visible sync state with Sync now and Pause/Resume. */
export function SyncIndicator() {
  const sync = useAppStore((s) => s.sync);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!sync || sync.state === 'not-connected') return null;
  const text = syncWording(sync, now).summary;
  return (
    <div className="sync-indicator">
      <p role="status" aria-label={`Sync: ${text}`} className="muted">
        {text}
      </p>
      <div className="sync-actions">
        <button
          type="button"
          className="link-button"
          disabled={sync.state === 'syncing'}
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
    </div>
  );
}
