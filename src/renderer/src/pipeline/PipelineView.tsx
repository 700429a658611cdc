import { useMemo, useState } from 'react';
import {
  boardPageCards,
  type OwnerFilter,
  type PeriodInput,
  type PipelineOutput,
  type Sums,
  type TotalsCurrency,
} from '../../../shared/ipc/views';
import { api } from '../api';
import { ConvertedNote } from '../components/ConvertedNote';
import { DataAge } from '../components/DataAge';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { StillLoading } from '../components/StillLoading';
import { OwnerSelect } from '../filters/OwnerSelect';
import { PeriodSelect } from '../filters/PeriodSelect';
import { TextFilter } from '../filters/TextFilter';
import { number, total } from '../format';
import { useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';
import { useFacets } from '../table/useFacets';
import { Board } from './Board';
import { PipelineCharts } from './PipelineCharts';
import { ProcessMenu } from './ProcessMenu';
import './pipeline.css';
import { useSalesProcess } from './useSalesProcess';
import { ViewTabs } from './ViewTabs';

/** An amount in full, and abbreviated ("$62.2M") for a bar too narrow for every one in full. */
function Amount(props: { amount: number; totals: TotalsCurrency; currency: string | null }) {
  return (
    <>
      <span className="amount-full">{total(props.amount, props.totals, props.currency)}</span>
      <span className="amount-short">
        {total(props.amount, props.totals, props.currency, true)}
      </span>
    </>
  );
}

function Summary(props: {
  label: string;
  sums: Sums;
  totals: TotalsCurrency;
  currency: string | null;
}) {
  return (
    <p className="summary-figure">
      <span className="muted">{props.label}</span>{' '}
      <Amount amount={props.sums.total} totals={props.totals} currency={props.currency} />{' '}
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

const tabs = [
  { id: 'pipeline-board', label: 'Board' },
  { id: 'pipeline-charts', label: 'Charts' },
] as const;
type Tab = (typeof tabs)[number]['id'];

/**
 * Open deals by stage in the org's order (one sales process at a time where the org has several),
 * filtered by owner, close period and text, on a board down to the window's bottom, or as charts
 * in their own tab.
 */
export function PipelineView() {
  const currency = useCurrency();
  const [preset] = useState(() => {
    const chosen = useAppStore.getState().preset;
    return chosen?.view === 'pipeline' ? chosen : undefined;
  });
  const [owner, setOwner] = useState<OwnerFilter>(preset?.owner ?? 'me');
  const [close, setClose] = useState<PeriodInput>(preset?.close ?? { period: 'any' });
  const [text, setText] = useState('');
  const [tab, setTab] = useState<Tab>('pipeline-board');
  const facets = useFacets('Opportunity');
  const [process, setProcess] = useSalesProcess();
  const query = useMemo(() => ({ owner, close, text, process }), [owner, close, text, process]);
  const loaded = useIpc(
    () => api().pipeline.board({ ...query, cardsPerStage: boardPageCards }),
    [query],
  );
  const board = loaded.data;
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
        {board?.process ? (
          <ProcessMenu processes={board.processes} value={board.process} onChange={setProcess} />
        ) : null}
      </div>
      <DataAge />
      {loaded.error ? <LoadError what="the pipeline" message={loaded.error} /> : null}
      {!board && !loaded.error ? <Loading what="the pipeline" /> : null}
      {board?.loading.length ? <StillLoading objects={board.loading} /> : null}
      {board && open && !board.loading.length ? (
        <>
          <div className="pipeline-bar">
            <ViewTabs<Tab> label="Pipeline" tabs={tabs} value={tab} onChange={setTab} />
            <div className="pipeline-summary" aria-label="Pipeline summary" role="group">
              <Summary label="Open" sums={open} totals={board.currency} currency={currency} />
              <p className="summary-figure">
                <span className="muted">Weighted</span>{' '}
                <Amount amount={open.weighted} totals={board.currency} currency={currency} />
              </p>
              <Summary
                label="Closed won"
                sums={board.won}
                totals={board.currency}
                currency={currency}
              />
              <Summary
                label="Closed lost"
                sums={board.lost}
                totals={board.currency}
                currency={currency}
              />
            </div>
          </div>
          <ConvertedNote totals={board.currency} what="Totals" />
          {open.count === 0 ? (
            <p className="muted">No open opportunities match these filters.</p>
          ) : null}
          {tabs.map((t) => (
            <div
              key={t.id}
              id={`${t.id}-panel`}
              className="tab-panel"
              role="tabpanel"
              aria-labelledby={`${t.id}-tab`}
              hidden={t.id !== tab}
            >
              {t.id !== tab ? null : t.id === 'pipeline-board' ? (
                <Board board={board} currency={currency} query={query} />
              ) : (
                <PipelineCharts board={board} currency={currency} />
              )}
            </div>
          ))}
        </>
      ) : null}
    </div>
  );
}
