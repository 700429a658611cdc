import type { ReactNode } from 'react';
import { isoDay } from '../../../shared/periods';
import { api } from '../api';
import { ExternalLink } from '../components/ExternalLink';
import { LoadError } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { StillLoading } from '../components/StillLoading';
import { day, money, number, text } from '../format';
import { useAppStore } from '../state/appStore';
import { TaskLine } from '../tasks/TaskLine';
import { useCurrency } from './useCurrency';

/**
 * What hangs off a record: its open tasks, a contact's deals and a deal's contacts through the
 * deals' contact roles (the primary contact first). Each row opens its record. A cache synced
 * before roles were shows the account's deals and contacts instead, and the heading says so.
 */
export function RelatedLists(props: {
  object: 'Lead' | 'Account' | 'Contact' | 'Opportunity';
  id: string;
}) {
  const currency = useCurrency();
  const loaded = useIpc(
    () => api().records.related({ object: props.object, id: props.id }),
    [props.object, props.id],
  );
  if (loaded.error) return <LoadError what="the related records" message={loaded.error} />;
  const related = loaded.data;
  if (!related) return null;
  if (related.loading.length) return <StillLoading objects={related.loading} />;
  const today = isoDay(new Date());
  const { accountDeals, accountContacts, contactDeals, contactRoles } = related;
  const roleText = (row: { role: string | null; primary: boolean }) =>
    [row.role, row.primary ? 'Primary' : null].filter(Boolean).join(' · ') || '—';
  return (
    <>
      <section className="related-list" aria-label="Open tasks">
        <h3>
          Open tasks <span className="muted">{number(related.openTaskCount)}</span>
        </h3>
        {related.openTasks.length ? (
          <ul className="task-list" aria-label="Open tasks">
            {related.openTasks.map((task) => (
              <TaskLine
                key={task.id}
                task={task}
                overdue={task.dueDate !== null && task.dueDate < today}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">No open tasks.</p>
        )}
      </section>
      {contactDeals ? (
        <RelatedSection
          title="Deals"
          count={contactDeals.length}
          empty="No deals name this contact in a role."
        >
          {contactDeals.map((deal) => (
            <li key={deal.roleId}>
              <OpenLink object="Opportunity" id={deal.id} name={deal.name} />
              <span className="muted">{roleText(deal)}</span>
              <DealFacts deal={deal} currency={currency} />
            </li>
          ))}
        </RelatedSection>
      ) : null}
      {contactRoles ? (
        <RelatedSection
          title="Contact roles"
          count={contactRoles.length}
          empty="No contact roles on this deal."
        >
          {contactRoles.map((contact) => (
            <li key={contact.roleId}>
              <OpenLink object="Contact" id={contact.id} name={contact.name} />
              <span className="muted">{roleText(contact)}</span>
              <ContactFacts contact={contact} />
            </li>
          ))}
        </RelatedSection>
      ) : null}
      {accountDeals ? (
        <RelatedSection
          title={`Deals at ${text(accountDeals.account.name)}`}
          count={accountDeals.deals.length}
          empty="No deals at this account."
        >
          {accountDeals.deals.map((deal) => (
            <li key={deal.id}>
              <OpenLink object="Opportunity" id={deal.id} name={deal.name} />
              <DealFacts deal={deal} currency={currency} />
            </li>
          ))}
        </RelatedSection>
      ) : null}
      {accountContacts ? (
        <RelatedSection
          title={`Contacts at ${text(accountContacts.account.name)}`}
          count={accountContacts.contacts.length}
          empty="No contacts at this account."
        >
          {accountContacts.contacts.map((contact) => (
            <li key={contact.id}>
              <OpenLink object="Contact" id={contact.id} name={contact.name} />
              <ContactFacts contact={contact} />
            </li>
          ))}
        </RelatedSection>
      ) : null}
    </>
  );
}

/** One related list: its heading with the count, its rows, or what it says when it has none. */
function RelatedSection(props: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="related-list" aria-label={props.title}>
      <h3>
        {props.title} <span className="muted">{number(props.count)}</span>
      </h3>
      {props.count ? (
        <ul className="related-rows">{props.children}</ul>
      ) : (
        <p className="muted">{props.empty}</p>
      )}
    </section>
  );
}

function OpenLink(props: { object: 'Opportunity' | 'Contact'; id: string; name: unknown }) {
  const openPanel = useAppStore((s) => s.openPanel);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => openPanel({ object: props.object, id: props.id })}
    >
      {text(props.name)}
    </button>
  );
}

function DealFacts(props: {
  deal: { stage: unknown; amount: number | null; closeDate: unknown };
  currency: string | null;
}) {
  return (
    <>
      <span className="muted">{text(props.deal.stage)}</span>
      <span className="number">{money(props.deal.amount, props.currency)}</span>
      <span className="muted">{day(props.deal.closeDate)}</span>
    </>
  );
}

function ContactFacts(props: { contact: { title: unknown; phone: unknown } }) {
  return (
    <>
      <span className="muted">{text(props.contact.title)}</span>
      <ExternalLink kind="phone" value={props.contact.phone} />
    </>
  );
}
