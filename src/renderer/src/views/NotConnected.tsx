import { EmptyState } from '../components/EmptyState';
import { objectWord } from '../../../shared/syncWording';
import { activeConnection, useAppStore } from '../state/appStore';
import { SyncProgress } from '../sync/SyncProgress';

/**
 * What a view shows before its records are here: not connected yet, or connected and its
 * object still on the way (with that object's progress).
 */
export function NotConnected(props: { shows: string; object?: string | undefined }) {
  const navigate = useAppStore((s) => s.navigate);
  const active = activeConnection(useAppStore((s) => s.auth));
  const sync = useAppStore((s) => s.sync);
  if (active) {
    const words = props.object ? objectWord(props.object) : 'Your records';
    const progress = sync?.progress.filter((p) => p.object === props.object) ?? [];
    return (
      <EmptyState
        title={`${words} are on their way`}
        action={
          sync?.state === 'syncing' ? (
            <SyncProgress progress={progress} label={`${words} so far`} />
          ) : undefined
        }
      >
        {props.shows} Roadbook is connected to {active.orgName}; this view opens as soon as they are
        on this computer.
        {sync?.message ? ` ${sync.message}` : ''}
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="Not connected yet"
      action={
        <button type="button" className="button" onClick={() => navigate('settings')}>
          Sign in to Salesforce
        </button>
      }
    >
      {props.shows} Sign in to Salesforce in Settings; once your records are synced they stay
      available offline.
    </EmptyState>
  );
}
