import { ConnectForm } from '../settings/ConnectForm';
import { ConnectionList } from '../settings/ConnectionList';
import { SignInStatus } from '../settings/SignInStatus';
import { useAppStore } from '../state/appStore';

export function SettingsView() {
  const info = useAppStore((s) => s.info);
  const auth = useAppStore((s) => s.auth);
  return (
    <div className="settings">
      <section aria-labelledby="settings-connection">
        <h2 id="settings-connection">Salesforce connection</h2>
        {auth ? (
          <>
            {auth.connections.length === 0 && !auth.pending ? <p>Not connected yet.</p> : null}
            <SignInStatus auth={auth} />
            <ConnectionList connections={auth.connections} />
          </>
        ) : (
          <p>Checking…</p>
        )}
      </section>
      {auth ? (
        <section aria-labelledby="settings-add">
          <h2 id="settings-add">{auth.connections.length ? 'Connect another org' : 'Connect'}</h2>
          <p className="muted">
            Roadbook opens your usual browser to sign in to Salesforce; your password never passes
            through Roadbook.
          </p>
          <ConnectForm defaults={auth.defaults} waiting={auth.pending !== null} />
        </section>
      ) : null}
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
