import { useState } from 'react';
import type { OwnerFilter, PeriodInput, PipelineOutput, Sums } from '../../../shared/ipc/views';
import { api } from '../api';
import { DataAge } from '../components/DataAge';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { OwnerSelect } from '../filters/OwnerSelect';
import { PeriodSelect } from '../filters/PeriodSelect';
import { TextFilter } from '../filters/TextFilter';
import { money, number } from '../format';
import { useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';
import { useFacets } from '../table/useFacets';
import { PipelineCharts } from './PipelineCharts';
import { StageColumn } from './StageColumn';

const firstCards = 100;

function Summary(props: { label: string; sums: Sums; currency: string | null }) {
  return (
    <p className="summary-figure">
      <span className="muted">{props.label}</span> {money(props.sums.total, props.currency)}{' '}
      <span className="muted">
        {number(props.sums.count)} {props.sums.count === 1 ? 'deal' : 'deals'}
      </span>
    </p>
  );
}

const totals = (board: PipelineOutput): Sums =>
  board.stages.reduce(
    (s, c) => ({
      count: s.count + c.sums.count,
      total: s.total + c.sums.total,
      weighted: s.weighted + c.sums.weighted,
    }),
    { count: 0, total: 0, weighted: 0 },
  );

/** Open deals by stage in the org's order, filtered by owner, close period and text. */
export function PipelineView() {
  const currency = useCurrency();
  const [preset] = useState(() => {
    const chosen = useAppStore.getState().preset;
    return chosen?.view === 'pipeline' ? chosen : undefined;
  });
  const [owner, setOwner] = useState<OwnerFilter>(preset?.owner ?? 'me');
  const [close, setClose] = useState<PeriodInput>(preset?.close ?? { period: 'any' });
  const [text, setText] = useState('');
  const [cardsPerStage, setCardsPerStage] = useState(firstCards);
  const facets = useFacets('Opportunity');
  const loaded = useIpc(
    () => api().pipeline.board({ owner, close, text, cardsPerStage }),
    [owner, close, text, cardsPerStage],
  );
  const board = loaded.data;
  const savedLocally = useAppStore((s) => s.savedLocally);
  const [moveError, setMoveError] = useState<string>();
  async function move(id: string, stage: string) {
    const result = await api().edits.save({
      object: 'Opportunity',
      id,
      changes: { StageName: stage },
    });
    const refused = !result.ok
      ? result.message
      : !result.value.saved
        ? Object.values(result.value.errors).join(' ')
        : undefined;
    setMoveError(refused);
    if (!refused) savedLocally();
  }
  const open = board ? totals(board) : undefined;
  return (
    <div className="pipeline">
      <div className="filter-bar" role="search" aria-label="Pipeline filters">
        <TextFilter label="Filter opportunities" value={text} onChange={setText} />
        <OwnerSelect value={owner} owners={facets.data?.owners ?? []} onChange={setOwner} />
        <PeriodSelect
          label="Close date"
          choices={['any', 'overdue', 'this-month', 'this-quarter', 'next-quarter', 'custom']}
          value={close}
          onChange={setClose}
        />
      </div>
      <DataAge />
      {moveError ? <p role="alert">Could not move the deal: {moveError}</p> : null}
      {loaded.error ? <LoadError what="the pipeline" message={loaded.error} /> : null}
      {!board && !loaded.error ? <Loading what="the pipeline" /> : null}
      {board && open ? (
        <>
          <div className="pipeline-summary" aria-label="Pipeline summary" role="group">
            <Summary label="Open" sums={open} currency={currency} />
            <p className="summary-figure">
              <span className="muted">Weighted</span> {money(open.weighted, currency)}
            </p>
            <Summary label="Closed won" sums={board.won} currency={currency} />
            <Summary label="Closed lost" sums={board.lost} currency={currency} />
          </div>
          {open.count === 0 ? (
            <p className="muted">No open opportunities match these filters.</p>
          ) : null}
          <div className="board" role="list" aria-label="Pipeline board">
            {board.stages.map((column) => (
              <StageColumn
                key={column.stage}
                column={column}
                stages={board.stages}
                currency={currency}
                onMore={() => setCardsPerStage((n) => n + firstCards)}
                onMove={(id, stage) => void move(id, stage)}
              />
            ))}
          </div>
          <PipelineCharts board={board} currency={currency} />
        </>
      ) : null}
    </div>
  );
}
