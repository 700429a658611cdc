import { useState } from 'react';
import type { PipelineOutput } from '../../../shared/ipc/views';
import { day, money, number, text } from '../format';
import { useAppStore } from '../state/appStore';

type Column = PipelineOutput['stages'][number];
/** Only Roadbook's own cards are accepted as drops (not text or files dragged in). */
const cardType = 'application/x-roadbook-opportunity';

/**
 * One stage: its count, total and weighted amount, then its deals by close date. A card moves to
 * another stage by drag and drop, or from the keyboard with its "Move to stage" list.
 */
export function StageColumn(props: {
  column: Column;
  stages: Array<{ stage: string; label: string }>;
  currency: string | null;
  onMore(): void;
  onMove(id: string, stage: string): void;
}) {
  const openPanel = useAppStore((s) => s.openPanel);
  const { column, currency } = props;
  const hidden = column.sums.count - column.cards.length;
  const [over, setOver] = useState(false);
  return (
    <section
      className="stage"
      role="listitem"
      aria-label={column.label}
      data-drop-target={over ? 'true' : undefined}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(cardType)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const id = event.dataTransfer.getData(cardType);
        if (!id) return;
        event.preventDefault();
        props.onMove(id, column.stage);
      }}
    >
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
          <li
            key={card.id}
            className="card-item"
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData(cardType, card.id);
              event.dataTransfer.effectAllowed = 'move';
            }}
          >
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
            <select
              className="move-card"
              aria-label={`Move ${card.name} to stage`}
              value={column.stage}
              onChange={(event) => props.onMove(card.id, event.target.value)}
            >
              {props.stages.map((s) => (
                <option key={s.stage} value={s.stage}>
                  {s.label}
                </option>
              ))}
            </select>
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
