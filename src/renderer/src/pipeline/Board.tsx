import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PipelineOutput } from '../../../shared/ipc/views';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { nextSpot } from './boardKeys';
import { StageColumn } from './StageColumn';
import type { BoardQuery } from './useMoreCards';

const cardsOf = (column: Element) => [...column.querySelectorAll<HTMLElement>('.card')];

/** Moves the focus between cards with the arrow keys (and J/K), read off the cards on screen. */
function moveFocus(board: HTMLElement, event: KeyboardEvent) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const from = (event.target as HTMLElement).closest('.card-item')?.querySelector('.card');
  if (!from) return;
  const columns = [...board.querySelectorAll('.stage')].map(cardsOf);
  const column = columns.findIndex((cards) => cards.includes(from as HTMLElement));
  const row = columns[column]!.indexOf(from as HTMLElement);
  const stops = columns.map((cards) => ({
    count: cards.length,
    stop: Math.max(
      0,
      cards.findIndex((c) => c.tabIndex === 0),
    ),
  }));
  const to = nextSpot(event.key, { column, row }, stops);
  if (!to) return;
  event.preventDefault();
  columns[to.column]![to.row]!.focus();
}

function focusCard(board: HTMLElement | null, id: string | undefined) {
  if (id) board?.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(id)}"]`)?.focus();
}

/** Moves a deal to a stage; answers why Salesforce's rules (or the cache) refused, if they did. */
async function saveStage(id: string, stage: string): Promise<string | undefined> {
  const result = await api().edits.save({
    object: 'Opportunity',
    id,
    changes: { StageName: stage },
  });
  if (!result.ok) return result.message;
  return result.value.saved ? undefined : Object.values(result.value.errors).join(' ');
}

/**
 * The stage columns side by side. Tab stops once per column, on the card last visited there;
 * the card whose panel is open is marked, and gets the focus back when the panel closes.
 */
export function Board(props: {
  board: PipelineOutput;
  currency: string | null;
  query: BoardQuery;
}) {
  const panel = useAppStore((s) => s.panel);
  const openPanel = useAppStore((s) => s.openPanel);
  const requestEdit = useAppStore((s) => s.requestEdit);
  const selectedId = panel?.object === 'Opportunity' ? panel.id : undefined;
  const [stops, setStops] = useState<Record<string, string>>({});
  const element = useRef<HTMLDivElement>(null);
  const lastOpened = useRef<string>(undefined);
  useEffect(() => {
    if (selectedId) {
      lastOpened.current = selectedId;
      return;
    }
    // Another record's panel (from search) hands the focus back itself.
    if (!panel) focusCard(element.current, lastOpened.current);
    lastOpened.current = undefined;
  }, [panel, selectedId]);

  // A card moved from its menu lands in another column: the focus follows it there. Past the
  // cards loaded there, or off the board (a closed stage), the column it left keeps the focus.
  const moved = useRef<{ id: string; from: string | undefined }>(undefined);
  const [moveNotice, setMoveNotice] = useState<string>();
  // Read when a card moves, not a dependency of onMove: every card would draw again per answer.
  const stageLabels = useRef(props.board.stages);
  useEffect(() => {
    stageLabels.current = props.board.stages;
  }, [props.board.stages]);
  useEffect(() => {
    const card = moved.current;
    moved.current = undefined;
    const board = element.current;
    if (!card || !board) return;
    if (board.querySelector(`.card[data-id="${CSS.escape(card.id)}"]`))
      return focusCard(board, card.id);
    const left = [...board.querySelectorAll('.stage')].find(
      (column) => column.getAttribute('aria-label') === card.from,
    );
    (
      left?.querySelector<HTMLElement>('.card[tabindex="0"]') ??
      left?.querySelector<HTMLElement>('.card') ??
      board
    ).focus();
  }, [props.board]);

  const savedLocally = useAppStore((s) => s.savedLocally);
  const [moveError, setMoveError] = useState<string>();
  // Stable, so a card re-renders only when its own deal, place or mark changes.
  const onOpen = useCallback((id: string) => openPanel({ object: 'Opportunity', id }), [openPanel]);
  const onMove = useCallback(
    (id: string, stage: string, keepFocus: boolean) => {
      const card = element.current?.querySelector(`.card[data-id="${CSS.escape(id)}"]`);
      if (keepFocus) {
        moved.current = {
          id,
          from: card?.closest('.stage')?.getAttribute('aria-label') ?? undefined,
        };
        const to = stageLabels.current.find((s) => s.stage === stage)?.label ?? stage;
        setMoveNotice(
          `${card?.querySelector('.card-name')?.textContent ?? 'The deal'} moved to ${to}`,
        );
      }
      void saveStage(id, stage).then((refused) => {
        setMoveError(refused);
        if (!refused) savedLocally();
      });
    },
    [savedLocally],
  );

  const moveTargets = useMemo(
    () => props.board.stages.filter((s) => s.inProcess),
    [props.board.stages],
  );

  return (
    <>
      {moveError ? <p role="alert">Could not move the deal: {moveError}</p> : null}
      <p role="status" className="saved-notice">
        {moveError ? null : moveNotice}
      </p>
      <div
        ref={element}
        className="board"
        role="list"
        aria-label="Pipeline board"
        tabIndex={-1}
        onKeyDown={(event) => {
          if (element.current) moveFocus(element.current, event);
          const card = (event.target as HTMLElement).closest<HTMLElement>('.card');
          const id = card?.dataset['id'];
          if (event.key !== 'e' || !id || event.ctrlKey || event.metaKey || event.altKey) return;
          event.preventDefault();
          requestEdit({ object: 'Opportunity', id });
        }}
        onFocus={(event) => {
          const card = (event.target as HTMLElement).closest<HTMLElement>('.card');
          const stage = card?.closest('.stage')?.getAttribute('aria-label');
          const id = card?.dataset['id'];
          if (stage && id && stops[stage] !== id) setStops({ ...stops, [stage]: id });
        }}
      >
        {props.board.stages.map((column) => (
          <StageColumn
            key={column.stage}
            column={column}
            stages={moveTargets}
            currency={props.currency}
            totals={props.board.currency}
            query={props.query}
            showOwner={props.query.owner !== 'me'}
            selectedId={selectedId}
            stopId={stops[column.label]}
            onOpen={onOpen}
            onMove={onMove}
          />
        ))}
      </div>
    </>
  );
}
