import { memo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PipelineCard } from '../../../shared/ipc/views';
import { day, money, text } from '../format';
import { MoveMenu } from './MoveMenu';

/** Only Roadbook's own cards are accepted as drops (not text or files dragged in). */
export const cardType = 'application/x-roadbook-opportunity';

/**
 * One deal on the board. The card opens its panel; "Move" (or M on the card) picks another
 * stage, so a rep never needs the mouse to drag it.
 */
export const StageCard = memo(function StageCard(props: {
  card: PipelineCard;
  stage: string;
  stages: Array<{ stage: string; label: string }>;
  currency: string | null;
  showOwner: boolean;
  selected: boolean;
  tabStop: boolean;
  onOpen(id: string): void;
  onMove(id: string, stage: string, keepFocus: boolean): void;
}) {
  const { card, currency } = props;
  // Floating UI's hooks on every one of hundreds of cards slow the board's first paint: a card
  // gets its real menu once the pointer or the focus reaches it.
  const [armed, setArmed] = useState(false);
  const arm = () => setArmed(true);
  // The pointer can press a moment after it enters (a tap, a quick click): the real menu must be
  // in place before then, not at React's next idle moment, or the press lands on the stand-in.
  const armNow = () => {
    if (!armed) flushSync(arm);
  };
  return (
    <li
      className="card-item"
      draggable
      data-overdue={card.overdue ? 'true' : undefined}
      data-selected={props.selected ? 'true' : undefined}
      onPointerEnter={armNow}
      onFocus={arm}
      onDragStart={(event) => {
        event.dataTransfer.setData(cardType, card.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <button
        type="button"
        className="card"
        data-id={card.id}
        tabIndex={props.tabStop ? 0 : -1}
        aria-current={props.selected ? 'true' : undefined}
        aria-keyshortcuts="M E"
        onClick={() => props.onOpen(card.id)}
        onKeyDown={(event) => {
          if (event.key !== 'm' || event.ctrlKey || event.metaKey || event.altKey) return;
          event.preventDefault();
          event.currentTarget.parentElement?.querySelector<HTMLElement>('.move-card')?.click();
        }}
      >
        <span className="card-name">{card.name}</span>
        <span className="muted card-account">{text(card.accountName)}</span>
        <span className="card-line">
          <span>{money(card.amount, card.currency ?? currency)}</span>
          <span className={card.overdue ? 'overdue' : 'muted'}>
            {card.overdue ? 'Overdue · ' : ''}
            {day(card.closeDate)}
          </span>
        </span>
        <span className="card-foot">
          {card.pending ? <span className="pending-mark">Not yet in Salesforce</span> : null}
          {props.showOwner ? (
            <span className="muted card-owner">{text(card.ownerName)}</span>
          ) : null}
        </span>
      </button>
      {armed ? (
        <MoveMenu card={card} stage={props.stage} stages={props.stages} onMove={props.onMove} />
      ) : (
        <button
          type="button"
          className="move-card"
          tabIndex={-1}
          aria-label={`Move ${card.name} to stage`}
        >
          Move
        </button>
      )}
    </li>
  );
});
