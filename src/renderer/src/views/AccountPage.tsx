import { useEffect, useRef, useState } from 'react';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { DataAge } from '../components/DataAge';
import { ExternalLink } from '../components/ExternalLink';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { StillLoading } from '../components/StillLoading';
import { useRememberRecord } from '../state/recentRecords';
import { AccountActions } from '../edit/AccountActions';
import { useEditRequest } from '../edit/useEditRequest';
import { useEditKey, useFocusOrigin } from '../edit/useInPlaceEdit';
import { day, money, text } from '../format';
import { ActivityTimeline } from '../records/ActivityTimeline';
import { RelatedLists } from '../records/RelatedLists';
import { FieldList } from '../records/FieldList';
import { OpenInSalesforce } from '../records/OpenInSalesforce';
import { currencyOf, useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';

/** One account: its fields, contacts, open and closed deals, and what changed on it lately. */
export function AccountPage(props: { id: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const openPanel = useAppStore((s) => s.openPanel);
  const currency = useCurrency();
  const loaded = useIpc(() => api().accounts.detail({ id: props.id }), [props.id]);
  const shown = loaded.data?.account;
  const [editing, setEditing] = useState(false);
  const editButton = useFocusOrigin();
  const panelOpen = useAppStore((s) => !!s.panel);
  useEffect(() => setEditing(false), [props.id]);
  // What opened the page (a row, a search result, a link in a panel) is gone with the view it was
  // in: the focus goes to the account's name, as a panel's goes to its record's.
  const title = useRef<HTMLHeadingElement>(null);
  const hasAccount = !!shown;
  useEffect(() => title.current?.focus(), [props.id, hasAccount]);
  const startEditing = () => {
    editButton.opening();
    setEditing(true);
  };
  // A record panel open beside the page takes E for its own record.
  useEditKey(!!shown && !editing && !panelOpen, startEditing);
  useEditRequest('Account', props.id, startEditing);
  useRememberRecord(
    shown ? { object: 'Account', id: props.id, name: String(shown['Name'] ?? '') } : undefined,
  );
  const back = (
    <button type="button" className="link-button" onClick={() => navigate('accounts')}>
      ← All accounts
    </button>
  );
  if (loaded.error) return <LoadError what="this account" message={loaded.error} />;
  if (!loaded.data) return <Loading what="account" />;
  const { account, contacts, openOpportunities, closedOpportunities, loading } = loaded.data;
  if (!account) {
    return (
      <section className="account-page" aria-label="Account">
        {back}
        <p className="muted">
          This account is not on this computer (deleted, or no longer shared with you).
        </p>
      </section>
    );
  }
  const deals = (title: string, rows: RecordRow[]) => (
    <section aria-label={title}>
      <h3>
        {title} <span className="muted">{rows.length}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">Opportunity</th>
              <th scope="col">Stage</th>
              <th scope="col">Amount</th>
              <th scope="col">Close date</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={String(o['Id'])}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openPanel({ object: 'Opportunity', id: String(o['Id']) })}
                  >
                    {text(o['Name'])}
                  </button>
                </td>
                <td>{text(o['StageName'])}</td>
                <td className="number">
                  {money(o['Amount'] as number | null, currencyOf(o, currency))}
                </td>
                <td>{day(o['CloseDate'])}</td>
                <td>{text(o['OwnerName'])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
  return (
    <article className="account-page" aria-label={`Account ${String(account['Name'] ?? '')}`}>
      <DataAge />
      {back}
      <h2 ref={title} className="record-title" tabIndex={-1}>
        {text(account['Name'])}
      </h2>
      <OpenInSalesforce object="Account" id={props.id} />
      <AccountActions
        account={account}
        editing={editing}
        onEdit={startEditing}
        editRef={editButton.ref}
      />
      <div className="account-columns">
        <section aria-label="Account details">
          <FieldList
            object="Account"
            record={account}
            currency={currency}
            editing={editing}
            onDone={() => {
              editButton.closing();
              setEditing(false);
            }}
          />
        </section>
        <ActivityTimeline object="Account" record={account} />
      </div>
      <StillLoading objects={loading} />
      <section aria-label="Contacts" hidden={loading.length > 0}>
        <h3>
          Contacts <span className="muted">{contacts.length}</span>
        </h3>
        {contacts.length === 0 ? (
          <p className="muted">No contacts on this account.</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Title</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={String(c['Id'])}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => openPanel({ object: 'Contact', id: String(c['Id']) })}
                    >
                      {text(c['Name'])}
                    </button>
                  </td>
                  <td>{text(c['Title'])}</td>
                  <td>
                    <ExternalLink kind="email" value={c['Email']} />
                  </td>
                  <td>
                    <ExternalLink kind="phone" value={c['Phone']} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {loading.length ? null : deals('Open opportunities', openOpportunities)}
      {loading.length ? null : deals('Closed opportunities', closedOpportunities)}
      <RelatedLists object="Account" id={props.id} />
    </article>
  );
}
