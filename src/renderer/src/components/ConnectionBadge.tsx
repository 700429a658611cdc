import { useAppStore } from '../state/appStore';

export function ConnectionBadge() {
  const connection = useAppStore((s) => s.connection);
  const label = connection === undefined ? 'Checking connection…' : 'Not connected';
  return (
    <p className="connection-badge" role="status" aria-label={`Salesforce: ${label}`}>
      <span className="dot" data-state={connection?.state ?? 'unknown'} aria-hidden="true" />
      {label}
    </p>
  );
}
