import { describeAge } from '../../../shared/describeAge';
import { useAppStore } from '../state/appStore';

/** How old the records on screen are, and whether Roadbook is offline; every view shows it. */
export function DataAge() {
  const sync = useAppStore((s) => s.sync);
  const lastSuccess = sync?.lastSuccess ?? null;
  const age = lastSuccess ? `Data from ${describeAge(Date.now() - lastSuccess)}` : 'Not synced yet';
  if (sync?.state === 'offline') {
    return (
      <p className="data-age offline" role="status">
        Offline · {age}. You are seeing the records on this computer; edits and sync resume when the
        network is back.
      </p>
    );
  }
  return (
    <p className="data-age" role="status">
      {sync?.state === 'syncing' ? `Syncing… · ${age}` : age}
    </p>
  );
}
