import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { ChangeNotice } from '../edit/ChangeNotice';
import { useEditRequest } from '../edit/useEditRequest';
import { isConvertedLead } from '../../../shared/editing';
import { useEditKey, useFocusOrigin } from '../edit/useInPlaceEdit';
import { activeConnection, useAppStore } from '../state/appStore';
import { useRememberRecord } from '../state/recentRecords';
import { FieldList } from './FieldList';
import { OpenInSalesforce } from './OpenInSalesforce';
import { ActivityTimeline } from './ActivityTimeline';
import { RelatedLists } from './RelatedLists';
import { useFocusBackToOpener } from './useFocusBackToOpener';
import { useCurrency } from './useCurrency';

const nouns = { Lead: 'Lead', Contact: 'Contact', Opportunity: 'Opportunity' } as const;

/** A lead, contact or opportunity beside the view it was opened from; Escape closes it. */
export function RecordPanel() {
  const panel = useAppStore((s) => s.panel);
  const openPanel = useAppStore((s) => s.openPanel);
  const openAccount = useAppStore((s) => s.openAccount);
  const connected = !!activeConnection(useAppStore((s) => s.auth));
  const currency = useCurrency();
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState(false);
  const object = panel?.object;
  const id = panel?.id;
  const editButton = useFocusOrigin();
  // Before the heading takes the focus below: what had it is where the panel was opened from.
  useFocusBackToOpener(panel !== undefined);
  useEffect(() => setEditing(false), [id]);
  const loaded = useIpc(
    () =>
      object && id && connected
        ? api().records.get({ object, id })
        : Promise.resolve({ ok: true as const, value: { record: null, local: null } }),
    [object, id, connected],
  );
  const hasRecord = !!loaded.data?.record;
  const shown = loaded.data?.record;
  const converted = !!object && isConvertedLead(object, shown);
  useRememberRecord(
    object && id && shown ? { object, id, name: String(shown['Name'] ?? '') } : undefined,
  );
  // Focus follows the record: a new panel, and again once its record has arrived.
  useEffect(() => heading.current?.focus(), [id, hasRecord]);
  const startEditing = () => {
    editButton.opening();
    setEditing(true);
  };
  useEditKey(hasRecord && !editing && !converted, startEditing);
  useEditRequest(object, id, converted ? () => {} : startEditing);
  if (!panel) return null;
  const record = loaded.data?.record;
  const noun = nouns[panel.object];
  return (
    <aside
      className="record-panel"
      aria-label={`${noun} details`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') openPanel(undefined);
      }}
    >
      <header>
        <h2 ref={heading} tabIndex={-1}>
          {record ? String(record['Name'] ?? '') : noun}
        </h2>
        <OpenInSalesforce object={panel.object} id={panel.id} />
        <button type="button" className="link-button" onClick={() => openPanel(undefined)}>
          Close
        </button>
      </header>
      {loaded.error ? (
        <LoadError what={`this ${noun.toLowerCase()}`} message={loaded.error} />
      ) : null}
      {!record && loaded.loading ? <Loading what={noun.toLowerCase()} /> : null}
      {!record && !loaded.loading && !loaded.error ? (
        <p className="muted">
          This {noun.toLowerCase()} is not on this computer (deleted, or no longer shared with you).
        </p>
      ) : null}
      {record ? (
        <>
          <p className="muted">{noun}</p>
          {loaded.data?.local?.change ? <ChangeNotice entry={loaded.data.local.change} /> : null}
          {converted ? (
            <p className="muted">
              Converted: Salesforce keeps it as it was. Change its contact, account or opportunity
              instead.
            </p>
          ) : editing ? null : (
            <div className="form-actions">
              <button
                type="button"
                ref={editButton.ref}
                className="button"
                aria-keyshortcuts="E"
                onClick={startEditing}
              >
                Edit
              </button>
            </div>
          )}
          <FieldList
            object={panel.object}
            record={record}
            currency={currency}
            editing={editing}
            onDone={() => {
              editButton.closing();
              setEditing(false);
            }}
          />
          <ActivityTimeline object={panel.object} record={record} />
          <RelatedLists object={panel.object} id={panel.id} />
          {typeof record['AccountId'] === 'string' ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => openAccount(record['AccountId'] as string)}
            >
              Open account
            </button>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}
