import type { PipelineCard } from '../../../shared/ipc/views';
import { MenuButton } from '../components/MenuButton';

/** A card's "Move" button and its list of stages, out of the Tab order (M on the card opens it). */
export function MoveMenu(props: {
  card: PipelineCard;
  stage: string;
  stages: Array<{ stage: string; label: string }>;
  onMove(id: string, stage: string, keepFocus: boolean): void;
}) {
  return (
    <MenuButton
      className="move-card"
      label="Move"
      buttonLabel={`Move ${props.card.name} to stage`}
      title={`Move ${props.card.name} to stage`}
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
                if (s.stage !== props.stage) props.onMove(props.card.id, s.stage, true);
              }}
            >
              {s.label}
            </button>
          ))}
        </div>
      )}
    </MenuButton>
  );
}
