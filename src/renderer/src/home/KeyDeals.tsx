import type { HomeOutput } from '../../../shared/ipc/views';
import { day, money } from '../format';
import { useAppStore } from '../state/appStore';

/** Open deals closing this month or already overdue; each opens in the side panel. */
export function KeyDeals(props: { home: HomeOutput; currency: string | null }) {
  const openPanel = useAppStore((s) => s.openPanel);
  const navigate = useAppStore((s) => s.navigate);
  const { keyDeals, closingThisMonth, overdue } = props.home;
  return (
    <section className="home-card" aria-labelledby="home-deals">
      <header>
        <h2 id="home-deals">Deals closing this month</h2>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            navigate('pipeline', { view: 'pipeline', owner: 'me', close: { period: 'this-month' } })
          }
        >
          Pipeline
        </button>
      </header>
      {keyDeals.length ? (
        <ul className="home-list" aria-label="Deals closing this month and overdue">
          {keyDeals.map((deal) => (
            <li key={deal.id}>
              <button
                type="button"
                className="home-row"
                onClick={() => openPanel({ object: 'Opportunity', id: deal.id })}
              >
                <span className="home-row-name">{deal.name}</span>
                <span className="muted home-row-sub">{deal.accountName ?? ''}</span>
                <span className="home-row-figure">{money(deal.amount, props.currency)}</span>
                <span className={deal.overdue ? 'home-row-date overdue' : 'home-row-date muted'}>
                  {day(deal.closeDate)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No open deals close this month.</p>
      )}
      {closingThisMonth.count + overdue.count > keyDeals.length ? (
        <p className="muted">
          The soonest {keyDeals.length} of {closingThisMonth.count + overdue.count}.
        </p>
      ) : null}
    </section>
  );
}
