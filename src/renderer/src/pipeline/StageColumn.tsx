import { useState } from 'react';
import type { PipelineOutput, TotalsCurrency } from '../../../shared/ipc/views';
import { number, total } from '../format';
import { cardType, StageCard } from './StageCard';
import { useMoreCards, type BoardQuery } from './useMoreCards';

type Column = PipelineOutput['stages'][number];

/**
 * One stage: its count, total and weighted amount in a header that stays in view, then its deals
 * by close date, more of them as the column scrolls. Cards move between stages by drag and drop
 * or with their "Move" menu.
 */
export function StageColumn(props: {
  column: Column;
  stages: Array<{ stage: string; label: string }>;
  currency: string | null;
  /** The currency the column's totals are in, converted or not. */
  totals: TotalsCurrency;
  query: BoardQuery;
  showOwner: boolean;
  selectedId: string | undefined;
  /** The card that is this column's one Tab stop, when the rep has been on one. */
  stopId: string | undefined;
  onOpen(id: string): void;
  onMove(id: string, stage: string, keepFocus: boolean): void;
}) {
  const { column, currency } = props;
  const { cards, hasMore, end } = useMoreCards(
    column.stage,
    column.cards,
    column.sums.count,
    props.query,
  );
  const stopId = cards.some((c) => c.id === props.stopId) ? props.stopId : cards[0]?.id;
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
        props.onMove(id, column.stage, false);
      }}
    >
      <header className="stage-header">
        <h2>{column.label}</h2>
        <p>
          <span aria-label="Deals">{number(column.sums.count)}</span> ·{' '}
          <span aria-label="Total">{total(column.sums.total, props.totals, currency)}</span>
        </p>
        <p className="muted">
          Weighted{' '}
          <span aria-label="Weighted">{total(column.sums.weighted, props.totals, currency)}</span>
        </p>
      </header>
      <ul className="cards" aria-label={`${column.label} cards`}>
        {cards.map((card) => (
          <StageCard
            key={card.id}
            card={card}
            stage={column.stage}
            stages={props.stages}
            currency={currency}
            showOwner={props.showOwner}
            selected={card.id === props.selectedId}
            tabStop={card.id === stopId}
            onOpen={props.onOpen}
            onMove={props.onMove}
          />
        ))}
      </ul>
      {hasMore ? (
        <p ref={end} className="muted more-cards">
          Loading more deals…
        </p>
      ) : null}
    </section>
  );
}
