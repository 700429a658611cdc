import { EmptyState } from '../components/EmptyState';
import { activeConnection, useAppStore } from '../state/appStore';

/** What a view shows before there are records: not connected yet, or connected but not synced. */
export function NotConnected(props: { shows: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const active = activeConnection(useAppStore((s) => s.auth));
  const sync = useAppStore((s) => s.sync);
  if (active) {
    const done = sync?.progress.reduce((n, p) => n + p.done, 0) ?? 0;
    return (
      <EmptyState title="No records synced yet">
        {props.shows} Roadbook is connected to {active.orgName}; your records appear here once they
        have synced to this computer.
        {sync?.state === 'syncing' ? ` Syncing now: ${done.toLocaleString()} records so far.` : ''}
        {sync?.message ? ` ${sync.message}` : ''}
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="Not connected yet"
      action={
        <button type="button" className="button" onClick={() => navigate('settings')}>
          Open Settings
        </button>
      }
    >
      {props.shows} Connect Roadbook to your Salesforce org in Settings; once your records are
      synced they stay available offline.
    </EmptyState>
  );
}
