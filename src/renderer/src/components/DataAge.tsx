import { notConnectedStatus } from '../../../shared/ipc/syncStatus';
import { syncWording } from '../../../shared/syncWording';
import { useAppStore } from '../state/appStore';

/** How old the records on screen are; offline, the banner above every view says it instead. */
export function DataAge() {
  const sync = useAppStore((s) => s.sync);
  if (sync?.state === 'offline') return null;
  const { dataAge } = syncWording(sync ?? notConnectedStatus, Date.now());
  return (
    <p className="data-age" role="status">
      {dataAge}
    </p>
  );
}
