import { syncWording } from '../../../shared/syncWording';
import { useAppStore } from '../state/appStore';

/** Above every view while offline: what the rep sees is the records on this computer. */
export function OfflineBanner() {
  const sync = useAppStore((s) => s.sync);
  if (sync?.state !== 'offline') return null;
  return (
    <p className="offline-banner" role="status">
      {syncWording(sync, Date.now()).dataAge}
    </p>
  );
}
