import { notConnectedStatus } from '../../../shared/ipc/syncStatus';
import { syncWording } from '../../../shared/syncWording';
import { useAppStore } from '../state/appStore';

/** How old the records on screen are, and whether Roadbook is offline; every view shows it. */
export function DataAge() {
  const sync = useAppStore((s) => s.sync);
  const { dataAge } = syncWording(sync ?? notConnectedStatus, Date.now());
  return (
    <p className={sync?.state === 'offline' ? 'data-age offline' : 'data-age'} role="status">
      {dataAge}
    </p>
  );
}
