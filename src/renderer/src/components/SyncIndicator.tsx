import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/ipc/syncStatus';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { describeAge } from '../../../shared/describeAge';

function summary(sync: SyncStatus, now: number): string {
  const records = `${sync.records.toLocaleString()} records`;
  const age =
    sync.lastSuccess === null ? 'not synced yet' : `synced ${describeAge(now - sync.lastSuccess)}`;
  switch (sync.state) {
    case 'syncing': {
      const current = sync.progress.at(-1);
      return current
        ? `Syncing ${current.object} ${current.done.toLocaleString()}${current.total ? ` of ${current.total.toLocaleString()}` : ''}…`
        : 'Syncing…';
    }
    case 'paused':
      return `Sync paused · ${age}`;
    case 'offline':
      return `Offline · ${age}`;
    case 'needs-attention':
      return sync.message ?? 'Sync needs attention';
    default:
      return `${age[0]!.toUpperCase()}${age.slice(1)} · ${records}`;
  }
}

/** Always-visible sync state with Sync now and Pause/Resume. */
export function SyncIndicator() {
  const sync = useAppStore((s) => s.sync);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!sync || sync.state === 'not-connected') return null;
  const text = summary(sync, now);
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
