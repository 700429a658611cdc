import type { PipelineOutput } from '../../../shared/ipc/views';
import { day, money, number, text } from '../format';
import { useAppStore } from '../state/appStore';

type Column = PipelineOutput['stages'][number];

/** One stage: its count, total and weighted amount, then its deals by close date. */
export function StageColumn(props: { column: Column; currency: string | null; onMore(): void }) {
  const openPanel = useAppStore((s) => s.openPanel);
  const { column, currency } = props;
  const hidden = column.sums.count - column.cards.length;
  return (
    <section className="stage" role="listitem" aria-label={column.label}>
      <header className="stage-header">
        <h2>{column.label}</h2>
        <p>
          <span aria-label="Deals">{number(column.sums.count)}</span> ·{' '}
          <span aria-label="Total">{money(column.sums.total, currency)}</span>
        </p>
        <p className="muted">
          Weighted <span aria-label="Weighted">{money(column.sums.weighted, currency)}</span>
        </p>
      </header>
      <ul className="cards">
        {column.cards.map((card) => (
          <li key={card.id}>
            <button
              type="button"
              className="card"
              data-overdue={card.overdue ? 'true' : undefined}
              onClick={() => openPanel({ object: 'Opportunity', id: card.id })}
            >
              <span className="card-name">{card.name}</span>
              <span className="muted">{text(card.accountName)}</span>
              <span className="card-line">
                <span>{money(card.amount, currency)}</span>
                <span className={card.overdue ? 'overdue' : 'muted'}>
                  {card.overdue ? 'Overdue · ' : ''}
                  {day(card.closeDate)}
                </span>
              </span>
              <span className="muted">{text(card.ownerName)}</span>
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="link-button" onClick={props.onMore}>
          Show more ({number(hidden)} not shown)
        </button>
      ) : null}
    </section>
  );
}
