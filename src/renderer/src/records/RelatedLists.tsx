import { isoDay } from '../../../shared/periods';
import { api } from '../api';
import { ExternalLink } from '../components/ExternalLink';
import { LoadError } from '../components/Loading';
import { useIpc } from '../data/useIpc';
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
  const openPanel = useAppStore((s) => s.openPanel);
  const currency = useCurrency();
  const loaded = useIpc(
    () => api().records.related({ object: props.object, id: props.id }),
    [props.object, props.id],
  );
  if (loaded.error) return <LoadError what="the related records" message={loaded.error} />;
  const related = loaded.data;
  if (!related) return null;
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
        <section className="related-list" aria-label="Deals">
          <h3>
            Deals <span className="muted">{number(contactDeals.length)}</span>
          </h3>
          {contactDeals.length ? (
            <ul className="related-rows">
              {contactDeals.map((deal) => (
                <li key={deal.roleId}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openPanel({ object: 'Opportunity', id: deal.id })}
                  >
                    {text(deal.name)}
                  </button>
                  <span>{roleText(deal)}</span>
                  <span className="muted">{text(deal.stage)}</span>
                  <span className="number">{money(deal.amount, currency)}</span>
                  <span className="muted">{day(deal.closeDate)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No deals name this contact in a role.</p>
          )}
        </section>
      ) : null}
      {contactRoles ? (
        <section className="related-list" aria-label="Contact roles">
          <h3>
            Contact roles <span className="muted">{number(contactRoles.length)}</span>
          </h3>
          {contactRoles.length ? (
            <ul className="related-rows">
              {contactRoles.map((contact) => (
                <li key={contact.roleId}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openPanel({ object: 'Contact', id: contact.id })}
                  >
                    {text(contact.name)}
                  </button>
                  <span>{roleText(contact)}</span>
                  <span className="muted">{text(contact.title)}</span>
                  <ExternalLink kind="phone" value={contact.phone} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No contact roles on this deal.</p>
          )}
        </section>
      ) : null}
      {accountDeals ? (
        <section
          className="related-list"
          aria-label={`Deals at ${text(accountDeals.account.name)}`}
        >
          <h3>
            Deals at {text(accountDeals.account.name)}{' '}
            <span className="muted">{number(accountDeals.deals.length)}</span>
          </h3>
          {accountDeals.deals.length ? (
            <ul className="related-rows">
              {accountDeals.deals.map((deal) => (
                <li key={deal.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openPanel({ object: 'Opportunity', id: deal.id })}
                  >
                    {text(deal.name)}
                  </button>
                  <span className="muted">{text(deal.stage)}</span>
                  <span className="number">{money(deal.amount, currency)}</span>
                  <span className="muted">{day(deal.closeDate)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No deals at this account.</p>
          )}
        </section>
      ) : null}
      {accountContacts ? (
        <section
          className="related-list"
          aria-label={`Contacts at ${text(accountContacts.account.name)}`}
        >
          <h3>
            Contacts at {text(accountContacts.account.name)}{' '}
            <span className="muted">{number(accountContacts.contacts.length)}</span>
          </h3>
          {accountContacts.contacts.length ? (
            <ul className="related-rows">
              {accountContacts.contacts.map((contact) => (
                <li key={contact.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openPanel({ object: 'Contact', id: contact.id })}
                  >
                    {text(contact.name)}
                  </button>
                  <span className="muted">{text(contact.title)}</span>
                  <ExternalLink kind="phone" value={contact.phone} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No contacts at this account.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
