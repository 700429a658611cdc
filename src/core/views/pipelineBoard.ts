import type Database from 'better-sqlite3';
import { isoDay, periodRange } from '../../shared/periods';
import type {
  PipelineCard,
  PipelineCardsInput,
  PipelineInput,
  PipelineOutput,
  Sums,
} from '../../shared/ipc/views';
import { rollupPaused } from '../store/opportunityRollup';
import { specFor } from '../schema/objectSpecs';
import { accountName, ownerName } from './namedRows';
import {
  dayWithin,
  matchesText,
  newFilter,
  ownerIs,
  resolvePeriod,
  whereOf,
  type SqlFilter,
  type ViewContext,
} from './sqlFilter';

const sumsSql = `COUNT(*) AS count, TOTAL(amount) AS total, TOTAL(amount * probability / 100.0) AS weighted`;
const noSums: Sums = { count: 0, total: 0, weighted: 0 };

type Stage = { stage: string; label: string; closed: number };

/** Whose deals and which words: what the rollup cannot answer. */
function narrowing(
  db: Database.Database,
  input: Pick<PipelineInput, 'owner' | 'text'>,
  context: ViewContext,
): SqlFilter {
  const filter = newFilter();
  ownerIs(filter, input.owner, context);
  matchesText(db, filter, specFor('Opportunity'), input.text);
  return filter;
}

/** The rep's choices, without open/closed. */
function boardFilter(
  db: Database.Database,
  input: Pick<PipelineInput, 'owner' | 'close' | 'text'>,
  context: ViewContext,
): SqlFilter {
  const filter = narrowing(db, input, context);
  dayWithin(filter, 'close_date', resolvePeriod(input.close, context.now));
  return filter;
}

const withPart = (filter: SqlFilter, part: string): SqlFilter => ({
  parts: [...filter.parts, part],
  params: filter.params,
});

function sumsOf(db: Database.Database, filter: SqlFilter): Sums {
  return db
    .prepare(`SELECT ${sumsSql} FROM sf_opportunity ${whereOf(filter)}`)
    .get(...filter.params) as Sums;
}

/** Sums per open/closed, stage, close month and outcome; NULLs read as -1 and '' as in the rollup. */
type Group = Sums & { closed: number; won: number; stage: string; month: string };

/**
 * The board over every deal reads opportunity_rollup: a few thousand rows however many deals. An
 * owner or typed words need the deals themselves, and so does a first load, which builds the
 * rollup only when it ends.
 */
function boardGroups(
  db: Database.Database,
  input: Pick<PipelineInput, 'owner' | 'close' | 'text'>,
  context: ViewContext,
): Group[] {
  const range = resolvePeriod(input.close, context.now);
  const filter = narrowing(db, input, context);
  if (filter.parts.length === 0 && !rollupPaused(db)) {
    if (range.from || range.to) filter.parts.push("close_date <> ''");
    dayWithin(filter, 'close_date', range);
    return db
      .prepare(
        `SELECT is_closed AS closed, is_won AS won, stage_name AS stage,
           substr(close_date, 1, 7) AS month,
           SUM(count) AS count, TOTAL(total) AS total, TOTAL(weighted) AS weighted
         FROM opportunity_rollup ${whereOf(filter)} GROUP BY 1, 2, 3, 4`,
      )
      .all(...filter.params) as Group[];
  }
  dayWithin(filter, 'close_date', range);
  return db
    .prepare(
      `SELECT IFNULL(is_closed, -1) AS closed, IFNULL(is_won, -1) AS won,
         IFNULL(stage_name, '') AS stage, substr(IFNULL(close_date, ''), 1, 7) AS month, ${sumsSql}
       FROM sf_opportunity ${whereOf(filter)} GROUP BY 1, 2, 3, 4`,
    )
    .all(...filter.params) as Group[];
}

function add(into: Map<string, Sums>, key: string, sums: Sums) {
  const sum = into.get(key) ?? { ...noSums };
  sum.count += sums.count;
  sum.total += sums.total;
  sum.weighted += sums.weighted;
  into.set(key, sum);
}

/** Open deals per stage and per close month, and closed ones won and lost. */
function boardSums(groups: Group[]) {
  const perStage = new Map<string, Sums>();
  const perMonth = new Map<string, Sums>();
  const closed = new Map<string, Sums>();
  for (const { closed: isClosed, won, stage, month, ...sums } of groups) {
    if (isClosed === 1 && won !== -1) {
      add(closed, won ? 'won' : 'lost', sums);
    } else if (isClosed === 0) {
      add(perStage, stage, sums);
      add(perMonth, month, sums);
    }
  }
  return { perStage, perMonth, closed };
}

type CardRow = Omit<PipelineCard, 'overdue' | 'pending'> & { pending: number };

/** One stage's open deals by close date, a page at a time. */
function stageCards(db: Database.Database, open: SqlFilter, today: string) {
  const page = db.prepare(
    `SELECT id, name, account_id AS accountId,
       ${accountName('sf_opportunity')} AS accountName,
       amount, probability, close_date AS closeDate,
       ${ownerName('sf_opportunity')} AS ownerName, local_state <> 'clean' AS pending
     FROM sf_opportunity ${whereOf(open)} AND stage_name = ?
     ORDER BY close_date, rowid LIMIT ? OFFSET ?`,
  );
  return (stage: string, offset: number, limit: number): PipelineCard[] =>
    (page.all(...open.params, stage, limit, offset) as CardRow[]).map((card) => ({
      ...card,
      overdue: card.closeDate !== null && card.closeDate < today,
      pending: card.pending === 1,
    }));
}

/** The cards after the first ones of a column, for a column scrolled to its end. */
export function pipelineCards(
  db: Database.Database,
  input: PipelineCardsInput,
  context: ViewContext,
): { cards: PipelineCard[] } {
  const open = withPart(boardFilter(db, input, context), 'is_closed = 0');
  return {
    cards: stageCards(db, open, isoDay(context.now))(input.stage, input.offset, input.limit),
  };
}

/**
 * The board: a column per open stage in the org's order (OpportunityStage.SortOrder), then any
 * stage open deals carry that is no longer active; each with its sums and its first cards.
 */
export function pipelineBoard(
  db: Database.Database,
  input: PipelineInput,
  context: ViewContext,
): PipelineOutput {
  const filter = boardFilter(db, input, context);
  const open = withPart(filter, 'is_closed = 0');
  const stages = db
    .prepare(
      `SELECT COALESCE(json_extract(json, '$.ApiName'), master_label) AS stage, master_label AS label, is_closed AS closed FROM sf_opportunity_stage WHERE is_active = 1 ORDER BY sort_order, master_label`,
    )
    .all() as Stage[];
  const { perStage, perMonth, closed } = boardSums(boardGroups(db, input, context));
  const openStages = stages.filter((s) => !s.closed);
  const columns = [
    ...openStages,
    ...[...perStage.keys()]
      .filter((stage) => !openStages.some((s) => s.stage === stage))
      .sort()
      .map((stage) => ({ stage, label: stage })),
  ];
  const cardsOf = stageCards(db, open, isoDay(context.now));
  return {
    stages: columns.map(({ stage, label }) => ({
      stage,
      label,
      sums: perStage.get(stage) ?? noSums,
      cards: cardsOf(stage, 0, input.cardsPerStage),
    })),
    won: closed.get('won') ?? noSums,
    lost: closed.get('lost') ?? noSums,
    byMonth: [...perMonth]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, sums]) => ({ month: month || 'No close date', sums })),
  };
}

/** Open deals closing in a period, for Home. */
export function openSums(
  db: Database.Database,
  context: ViewContext,
  period: Parameters<typeof periodRange>[0],
): Sums {
  return sumsOf(
    db,
    withPart(boardFilter(db, { owner: 'me', close: { period } }, context), 'is_closed = 0'),
  );
}
