import { storedSoFar } from '../sync/syncProgress';
import { useAppStore } from '../state/appStore';

/**
 * Changes whenever the cached records may have: a sync finished, the first sync stored another
 * object, the rep saved something, or a push moved the count of changes waiting
 * (server-computed fields, real ids for new records).
 */
export function useDataVersion(): string {
  const synced = useAppStore((s) => s.sync?.lastSuccess);
  const stored = useAppStore((s) => storedSoFar(s.sync));
  const saved = useAppStore((s) => s.dataVersion);
  const waiting = useAppStore((s) => s.sync?.changes.waiting);
  const attention = useAppStore((s) => s.sync?.changes.attention);
  return `${synced}/${stored}/${saved}/${waiting}/${attention}`;
}
