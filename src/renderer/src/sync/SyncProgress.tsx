import type { SyncStatus } from '../../../shared/ipc/syncStatus';
import { objectWord, progressLine } from '../../../shared/syncWording';

/** One bar per object with its count and total, e.g. "Leads 12,400 of 100,030". */
export function SyncProgress(props: { progress: SyncStatus['progress']; label: string }) {
  if (!props.progress.length) return null;
  return (
    <ul className="sync-progress" aria-label={props.label}>
      {props.progress.map((p) => {
        const line = progressLine(p);
        return (
          <li key={p.object}>
            <span className="sync-progress-line">
              {line}
              {p.stored ? <span className="muted"> · ready</span> : null}
            </span>
            <progress
              aria-label={objectWord(p.object)}
              aria-valuetext={p.stored ? `${line}, ready` : line}
              value={p.stored ? 1 : p.total ? p.done : undefined}
              max={p.stored ? 1 : p.total || undefined}
            />
          </li>
        );
      })}
    </ul>
  );
}
