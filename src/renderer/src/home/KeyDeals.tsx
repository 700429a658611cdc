import type { HomeOutput } from '../../../shared/ipc/views';
import { day, money } from '../format';
import { useAppStore } from '../state/appStore';

/**
 * The soonest of the rep's open deals closing this month or already overdue (in red); each opens
 * in the side panel. The figures above count them all.
 */
export function KeyDeals(props: { home: HomeOutput; currency: string | null }) {
  const openPanel = useAppStore((s) => s.openPanel);
  const navigate = useAppStore((s) => s.navigate);
  const { keyDeals } = props.home;
  return (
    <section className="home-card" aria-labelledby="home-deals">
      <header>
        <h2 id="home-deals">Deals to close</h2>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            navigate('pipeline', { view: 'pipeline', owner: 'me', close: { period: 'this-month' } })
          }
        >
          Open in Pipeline
        </button>
      </header>
      {keyDeals.length ? (
        <ul className="home-list" aria-label="Deals to close">
          {keyDeals.map((deal) => (
            <li key={deal.id}>
              <button
                type="button"
                className="home-row"
                onClick={() => openPanel({ object: 'Opportunity', id: deal.id })}
              >
                <span className="home-row-name">{deal.name}</span>
                <span className="muted home-row-sub">{deal.accountName ?? ''}</span>
                <span className="home-row-figure">
                  {money(deal.amount, deal.currency ?? props.currency)}
                </span>
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
    </section>
  );
}
