import { useEffect, useRef } from 'react';
import type { OutboxEntry } from '../../../shared/ipc/edits';
import { api } from '../api';
import { ChangeFields } from '../changes/ChangeFields';
import { ago } from '../changes/changeText';
import '../changes/changes.css';
import { DataAge } from '../components/DataAge';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { ChangeNotice } from '../edit/ChangeNotice';
import { useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';

const opNames = { create: 'New', update: 'Edited' } as const;
const objectWords: Record<string, string> = { Opportunity: 'deal' };
const panelObjects = new Set(['Lead', 'Contact', 'Opportunity']);
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

function ChangeHeading(props: { change: OutboxEntry }) {
  const { change } = props;
  const openPanel = useAppStore((s) => s.openPanel);
  const openAccount = useAppStore((s) => s.openAccount);
  const opens = panelObjects.has(change.object) || change.object === 'Account';
  return (
    <div className="change-title">
      {opens ? (
        <button
          type="button"
          className="link-button change-record"
          onClick={() =>
            change.object === 'Account'
              ? openAccount(change.recordId)
              : openPanel({ object: change.object as 'Lead', id: change.recordId })
          }
        >
          {change.recordName}
        </button>
      ) : (
        <strong className="change-record">{change.recordName}</strong>
      )}
      <span className="muted">
        {opNames[change.op]} {objectWords[change.object] ?? change.object.toLowerCase()}
      </span>
      <time
        className="muted change-when"
        dateTime={new Date(change.createdAt).toISOString()}
        title={fullDate.format(change.createdAt)}
      >
        {ago(change.createdAt, Date.now())}
      </time>
    </div>
  );
}

/** Every change not yet in Salesforce: waiting, being sent, refused or in conflict. */
export function ChangesView() {
  const sync = useAppStore((s) => s.sync);
  const orgCurrency = useCurrency();
  const section = useRef<HTMLElement>(null);
  const syncing = sync?.state === 'syncing';
  const offline = sync?.state === 'offline';
  // A change's state (waiting, being sent) moves when a sync starts or ends, not with the data.
  const loaded = useIpc(() => api().changes.list({}), [], syncing);
  const changes = loaded.data?.changes;
  // A settled or discarded change leaves the list with the button that had focus: keep the rep here.
  useEffect(() => {
    if (changes && document.activeElement === document.body) section.current?.focus();
  }, [changes]);
  if (loaded.error) return <LoadError what="your changes" message={loaded.error} />;
  if (!changes) return <Loading what="your changes" />;
  return (
    <section
      className="changes"
      aria-label="Changes waiting for Salesforce"
      ref={section}
      tabIndex={-1}
    >
      <DataAge />
      <header className="changes-header">
        <p className="muted">
          {changes.length === 0
            ? 'Everything you changed is in Salesforce.'
            : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} not yet in Salesforce. Nothing leaves this list until Salesforce has it, or you discard it.`}
        </p>
        <button
          type="button"
          className="button"
          disabled={offline || syncing || changes.length === 0}
          aria-describedby={offline ? 'send-offline' : undefined}
          onClick={() => void api().sync.now({})}
        >
          Send now
        </button>
        {offline && changes.length ? (
          <p className="muted" id="send-offline">
            Offline: your changes go to Salesforce when the network is back.
          </p>
        ) : null}
      </header>
      <ul className="change-list">
        {changes.map((change) => (
          <li key={change.opId}>
            <ChangeHeading change={change} />
            <ChangeFields entry={change} orgCurrency={orgCurrency} />
            <ChangeNotice entry={change} />
          </li>
        ))}
      </ul>
    </section>
  );
}
