import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { ChangeNotice } from '../edit/ChangeNotice';
import { text } from '../format';
import { useAppStore } from '../state/appStore';

const opNames = { create: 'New', update: 'Edited' } as const;
const panelObjects = new Set(['Lead', 'Contact', 'Opportunity']);

/** Every change not yet in Salesforce: waiting, being sent, refused or in conflict. */
export function ChangesView() {
  const sync = useAppStore((s) => s.sync);
  const openPanel = useAppStore((s) => s.openPanel);
  const openAccount = useAppStore((s) => s.openAccount);
  const syncing = sync?.state === 'syncing';
  // A change's state (waiting, being sent) moves when a sync starts or ends, not with the data.
  const loaded = useIpc(() => api().changes.list({}), [], syncing);
  if (loaded.error) return <LoadError what="your changes" message={loaded.error} />;
  if (!loaded.data) return <Loading what="your changes" />;
  const { changes } = loaded.data;
  return (
    <section className="changes" aria-label="Changes waiting for Salesforce">
      <header className="changes-header">
        <p className="muted">
          {changes.length === 0
            ? 'Everything you changed is in Salesforce.'
            : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} not yet in Salesforce. Nothing leaves this list until Salesforce has it, or you discard it.`}
        </p>
        <button
          type="button"
          className="button"
          disabled={syncing || changes.length === 0}
          onClick={() => void api().sync.now({})}
        >
          Send now
        </button>
      </header>
      <ul className="change-list">
        {changes.map((change) => (
          <li key={change.opId}>
            <div className="change-title">
              <span className="muted">
                {opNames[change.op]} {change.object.toLowerCase()}
              </span>{' '}
              {panelObjects.has(change.object) || change.object === 'Account' ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    change.object === 'Account'
                      ? openAccount(change.recordId)
                      : openPanel({
                          object: change.object as 'Lead',
                          id: change.recordId,
                        })
                  }
                >
                  {change.recordName}
                </button>
              ) : (
                <strong>{change.recordName}</strong>
              )}
            </div>
            <dl className="change-fields">
              {Object.entries(change.fields).map(([field, value]) => (
                <div key={field}>
                  <dt>{field}</dt>
                  <dd>{text(value)}</dd>
                </div>
              ))}
            </dl>
            <ChangeNotice entry={change} />
          </li>
        ))}
      </ul>
    </section>
  );
}
