import { useAppStore } from '../state/appStore';

export function SettingsView() {
  const info = useAppStore((s) => s.info);
  const connection = useAppStore((s) => s.connection);
  return (
    <div className="settings">
      <section aria-labelledby="settings-connection">
        <h2 id="settings-connection">Salesforce connection</h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd>{connection ? 'Not connected yet' : 'Checking…'}</dd>
        </dl>
        <p className="muted">
          Signing in to an org is not available in this build yet. Roadbook will open your usual
          browser for Salesforce sign-in; your password never passes through Roadbook.
        </p>
      </section>
      <section aria-labelledby="settings-about">
        <h2 id="settings-about">About</h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info ? `${info.name} ${info.version}` : '…'}</dd>
        </dl>
      </section>
    </div>
  );
}
