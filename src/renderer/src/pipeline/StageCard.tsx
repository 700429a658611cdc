import type { PipelineCard } from '../../../shared/ipc/views';
import { MenuButton } from '../components/MenuButton';
import { day, money, text } from '../format';
import { useAppStore } from '../state/appStore';

/** Only Roadbook's own cards are accepted as drops (not text or files dragged in). */
export const cardType = 'application/x-roadbook-opportunity';

/**
 * One deal on the board. The card opens its panel; "Move" (or M on the card) picks another
 * stage, so a rep never needs the mouse to drag it.
 */
export function StageCard(props: {
  card: PipelineCard;
  stage: string;
  stages: Array<{ stage: string; label: string }>;
  currency: string | null;
  showOwner: boolean;
  selected: boolean;
  tabStop: boolean;
  onMove(id: string, stage: string, keepFocus: boolean): void;
}) {
  const openPanel = useAppStore((s) => s.openPanel);
  const { card, currency } = props;
  return (
    <li
      className="card-item"
      draggable
      data-overdue={card.overdue ? 'true' : undefined}
      data-selected={props.selected ? 'true' : undefined}
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
        aria-keyshortcuts="M"
        onClick={() => openPanel({ object: 'Opportunity', id: card.id })}
        onKeyDown={(event) => {
          if (event.key !== 'm' || event.ctrlKey || event.metaKey || event.altKey) return;
          event.preventDefault();
          event.currentTarget.parentElement?.querySelector<HTMLElement>('.move-card')?.click();
        }}
      >
        <span className="card-name">{card.name}</span>
        <span className="muted card-account">{text(card.accountName)}</span>
        <span className="card-line">
          <span>{money(card.amount, currency)}</span>
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
      <MenuButton
        className="move-card"
        label="Move"
        buttonLabel={`Move ${card.name} to stage`}
        title={`Move ${card.name} to stage`}
        tabIndex={-1}
      >
        {(close) => (
          <div className="move-choices">
            {props.stages.map((s) => (
              <button
                key={s.stage}
                type="button"
                className="move-choice"
                aria-current={s.stage === props.stage ? 'true' : undefined}
                onClick={() => {
                  close();
                  if (s.stage !== props.stage) props.onMove(card.id, s.stage, true);
                }}
              >
                {s.label}
              </button>
            ))}
          </div>
        )}
      </MenuButton>
    </li>
  );
}
