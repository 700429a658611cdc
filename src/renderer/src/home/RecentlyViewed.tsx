import { activeConnection, useAppStore } from '../state/appStore';
import { recentRecords, type RecentRecord } from '../state/recentRecords';

const nouns = { Lead: 'Lead', Contact: 'Contact', Opportunity: 'Deal', Account: 'Account' };

/** The records the rep opened lately, to go back to in one click. */
export function RecentlyViewed() {
  const connection = activeConnection(useAppStore((s) => s.auth))?.key;
  const openPanel = useAppStore((s) => s.openPanel);
  const openAccount = useAppStore((s) => s.openAccount);
  const recent = connection ? recentRecords(connection) : [];
  const open = (r: RecentRecord) =>
    r.object === 'Account' ? openAccount(r.id) : openPanel({ object: r.object, id: r.id });
  return (
    <section className="home-card" aria-labelledby="home-recent">
      <header>
        <h2 id="home-recent">Recently viewed</h2>
      </header>
      {recent.length ? (
        <ul className="home-list" aria-label="Recently viewed">
          {recent.map((r) => (
            <li key={r.id}>
              <button type="button" className="home-row" onClick={() => open(r)}>
                <span className="home-row-name">{r.name}</span>
                <span className="muted home-row-sub">{nouns[r.object]}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Records you open show up here.</p>
      )}
    </section>
  );
}
