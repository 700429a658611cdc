import { EmptyState } from '../components/EmptyState';
import { useAppStore } from '../state/appStore';

/** What a view shows before any org is connected: what it will hold, and where to start. */
export function NotConnected(props: { shows: string }) {
  const navigate = useAppStore((s) => s.navigate);
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
