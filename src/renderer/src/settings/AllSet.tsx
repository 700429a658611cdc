import { activeConnection, useAppStore } from '../state/appStore';
import { SyncProgress } from '../sync/SyncProgress';

/**
 * The step after a first sign-in: who Roadbook is signed in as and the first sync's progress;
 * each list opens as soon as its records are here, and Home once they all are.
 */
export function AllSet(props: { goHome?: boolean }) {
  const active = activeConnection(useAppStore((s) => s.auth));
  const sync = useAppStore((s) => s.sync);
  const navigate = useAppStore((s) => s.navigate);
  if (!active) return null;
  return (
    <section className="all-set" aria-labelledby="all-set-title">
      <h2 id="all-set-title">You’re all set</h2>
      <p>
        Roadbook is signed in to {active.orgName} as {active.displayName}. Your records are on their
        way to this computer: each list opens as soon as its records are here, and Home once they
        all are.
      </p>
      {sync?.state === 'syncing' ? (
        <SyncProgress progress={sync.progress} label="Your records" />
      ) : sync?.message ? (
        <p className="muted">{sync.message}</p>
      ) : null}
      {props.goHome ? (
        <button type="button" className="button" onClick={() => navigate('home')}>
          Go to Home
        </button>
      ) : null}
    </section>
  );
}
