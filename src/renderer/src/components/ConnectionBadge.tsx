import { activeConnection, useAppStore } from '../state/appStore';

function describe(auth: ReturnType<typeof useAppStore.getState>['auth']): {
  label: string;
  state: string;
} {
  if (!auth) return { label: 'Checking connection…', state: 'unknown' };
  if (auth.pending) return { label: 'Waiting for browser sign-in…', state: 'pending' };
  const active = activeConnection(auth);
  if (!active) return { label: 'Not connected', state: 'not-connected' };
  if (active.state === 'reconnect-needed')
    return { label: `Reconnect needed: ${active.orgName}`, state: 'reconnect-needed' };
  return { label: `Connected as ${active.displayName}`, state: 'connected' };
}

export function ConnectionBadge() {
  const auth = useAppStore((s) => s.auth);
  const { label, state } = describe(auth);
  return (
    <p className="connection-badge" role="status" aria-label={`Salesforce: ${label}`}>
      <span className="dot" data-state={state} aria-hidden="true" />
      <span className="connection-label">{label}</span>
    </p>
  );
}
