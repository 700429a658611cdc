import { activeConnection, useAppStore } from '../state/appStore';

type State = ReturnType<typeof useAppStore.getState>;

function describe(
  auth: State['auth'],
  offline: boolean,
): {
  label: string;
  state: string;
} {
  if (!auth) return { label: 'Checking connection…', state: 'unknown' };
  if (auth.pending) return { label: 'Waiting for browser sign-in…', state: 'pending' };
  const active = activeConnection(auth);
  if (!active) return { label: 'Not connected', state: 'not-connected' };
  if (active.state === 'reconnect-needed')
    return { label: `Reconnect needed: ${active.orgName}`, state: 'reconnect-needed' };
  if (offline) return { label: `Offline · signed in as ${active.displayName}`, state: 'offline' };
  return { label: `Connected as ${active.displayName}`, state: 'connected' };
}

export function ConnectionBadge() {
  const auth = useAppStore((s) => s.auth);
  const offline = useAppStore((s) => s.sync?.state === 'offline');
  const { label, state } = describe(auth, offline);
  return (
    <p className="connection-badge" role="status" aria-label={`Salesforce: ${label}`}>
      <span className="dot" data-state={state} aria-hidden="true" />
      <span className="connection-label">{label}</span>
    </p>
  );
}
