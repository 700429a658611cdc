import { everSynced } from '../sync/syncProgress';
import { activeConnection, useAppStore } from '../state/appStore';
import { AllSet } from './AllSet';
import { ConnectForm } from './ConnectForm';
import { ConnectionList } from './ConnectionList';
import { SignInStatus } from './SignInStatus';

/** The connection screen: in Settings, and on Home the first time Roadbook runs. */
export function ConnectionPanel() {
  const auth = useAppStore((s) => s.auth);
  const firstSync = useAppStore((s) => !everSynced(s.sync));
  const view = useAppStore((s) => s.view);
  if (!auth) return <p>Checking…</p>;
  return (
    <>
      <section aria-labelledby="settings-connection">
        <h2 id="settings-connection">Salesforce connection</h2>
        {auth.connections.length === 0 && !auth.pending ? <p>Not connected yet.</p> : null}
        <SignInStatus auth={auth} />
        <ConnectionList connections={auth.connections} />
      </section>
      {activeConnection(auth) && firstSync ? <AllSet goHome={view !== 'home'} /> : null}
      <section aria-labelledby="settings-add">
        <h2 id="settings-add">
          {auth.connections.length ? 'Sign in to another org' : 'Sign in to Salesforce'}
        </h2>
        <p className="muted">
          Roadbook opens your usual browser to sign in to Salesforce; your password never passes
          through Roadbook.
        </p>
        <ConnectForm defaults={auth.defaults} waiting={auth.pending !== null} />
      </section>
    </>
  );
}
