import type Database from 'better-sqlite3';
import { isoDay, periodRange } from '../../shared/periods';
import type {
  PipelineCard,
  PipelineCardsInput,
  PipelineInput,
  PipelineOutput,
  Sums,
  TotalsCurrency,
} from '../../shared/ipc/views';
import { rollupPaused } from '../store/opportunityRollup';
import { specFor } from '../schema/objectSpecs';
import { convertAmount, orgRates, repCurrency, roundTo } from './currencyRates';
import { loadingAmong } from './loadingAmong';
import { accountName, ownerName } from './namedRows';
import { chooseProcess, type ProcessChoice } from './salesProcesses';
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

/** Only the deals of the board's sales process, when the org has processes. */
function inProcess(filter: SqlFilter, part: ProcessChoice['part']) {
  if (!part) return;
  filter.parts.push(part.sql);
  filter.params.push(...part.params);
}

/** The rep's choices, without open/closed. */
function boardFilter(
  db: Database.Database,
  input: Pick<PipelineInput, 'owner' | 'close' | 'text'>,
  context: ViewContext,
  process: ProcessChoice['part'],
): SqlFilter {
  const filter = narrowing(db, input, context);
  inProcess(filter, process);
  dayWithin(filter, 'close_date', resolvePeriod(input.close, context.now));
  return filter;
}

const withPart = (filter: SqlFilter, part: string): SqlFilter => ({
  parts: [...filter.parts, part],
  params: filter.params,
});

/**
 * Sums in the rep's currency: each currency's amounts converted at the org's cached rates, so the
 * figures are the same offline. A single-currency org's sums are as they are.
 */
type Totals = {
  currency: TotalsCurrency;
  /** Dated rates convert each close day apart; otherwise a month (or a period) at once. */
  byDay: boolean;
  convert(sums: Sums, from: string, day: string): Sums;
  round(sums: Sums): Sums;
};

function totalsFor(db: Database.Database, context: ViewContext): Totals {
  const rates = orgRates(db);
  if (!rates)
    return { currency: null, byDay: false, convert: (sums) => sums, round: (sums) => sums };
  const code = repCurrency(db, context.userId, rates);
  const currency = { code, converted: false };
  const byDay = rates.dated.length > 0;
  return {
    currency,
    byDay,
    convert: (sums, from, day) => {
      const source = from || rates.corporate;
      if (source !== code && sums.count > 0) currency.converted = true;
      const on = byDay ? day : undefined;
      return {
        count: sums.count,
        total: convertAmount(sums.total, source, code, rates, on),
        weighted: convertAmount(sums.weighted, source, code, rates, on),
      };
    },
    round: (sums) => ({
      count: sums.count,
      total: roundTo(sums.total, code, rates),
      weighted: roundTo(sums.weighted, code, rates),
    }),
  };
}

function sumsOf(db: Database.Database, filter: SqlFilter, totals: Totals): Sums {
  const day = totals.byDay ? "IFNULL(close_date, '')" : "''";
  const parts = db
    .prepare(
      `SELECT IFNULL(currency_iso_code, '') AS currency, ${day} AS day, ${sumsSql}
       FROM sf_opportunity ${whereOf(filter)} GROUP BY 1, 2`,
    )
    .all(...filter.params) as Array<Sums & { currency: string; day: string }>;
  const sum = { ...noSums };
  for (const { currency, day, ...sums } of parts) add(sum, totals.convert(sums, currency, day));
  return totals.round(sum);
}

/**
 * Sums per open/closed, stage, close month (or day, with dated rates), outcome and currency; NULLs
 * read as -1 and '' as in the rollup.
 */
type Group = Sums & { closed: number; won: number; stage: string; day: string; currency: string };

/**
 * The board over every deal reads opportunity_rollup: a few thousand rows however many deals. An
 * owner or typed words need the deals themselves, and so does a first load, which builds the
 * rollup only when it ends.
 */
function boardGroups(
  db: Database.Database,
  input: Pick<PipelineInput, 'owner' | 'close' | 'text'>,
  context: ViewContext,
  process: ProcessChoice['part'],
  byDay: boolean,
): Group[] {
  const range = resolvePeriod(input.close, context.now);
  const dayOf = (closeDate: string) => (byDay ? closeDate : `substr(${closeDate}, 1, 7)`);
  const filter = narrowing(db, input, context);
  const fromRollup = filter.parts.length === 0 && !rollupPaused(db);
  inProcess(filter, process);
  if (fromRollup) {
    if (range.from || range.to) filter.parts.push("close_date <> ''");
    dayWithin(filter, 'close_date', range);
    return db
      .prepare(
        `SELECT is_closed AS closed, is_won AS won, stage_name AS stage,
           ${dayOf('close_date')} AS day, currency_iso_code AS currency,
           SUM(count) AS count, TOTAL(total) AS total, TOTAL(weighted) AS weighted
         FROM opportunity_rollup ${whereOf(filter)} GROUP BY 1, 2, 3, 4, 5`,
      )
      .all(...filter.params) as Group[];
  }
  dayWithin(filter, 'close_date', range);
  return db
    .prepare(
      `SELECT IFNULL(is_closed, -1) AS closed, IFNULL(is_won, -1) AS won,
         IFNULL(stage_name, '') AS stage, ${dayOf("IFNULL(close_date, '')")} AS day,
         IFNULL(currency_iso_code, '') AS currency, ${sumsSql}
       FROM sf_opportunity ${whereOf(filter)} GROUP BY 1, 2, 3, 4, 5`,
    )
    .all(...filter.params) as Group[];
}

function add(sum: Sums, sums: Sums) {
  sum.count += sums.count;
  sum.total += sums.total;
  sum.weighted += sums.weighted;
}

function addTo(into: Map<string, Sums>, key: string, sums: Sums) {
  const sum = into.get(key) ?? { ...noSums };
  add(sum, sums);
  into.set(key, sum);
}

/** Open deals per stage and per close month, and closed ones won and lost. */
function boardSums(groups: Group[], totals: Totals) {
  const perStage = new Map<string, Sums>();
  const perMonth = new Map<string, Sums>();
  const closed = new Map<string, Sums>();
  for (const { closed: isClosed, won, stage, day, currency, ...raw } of groups) {
    const sums = totals.convert(raw, currency, day);
    const month = day.slice(0, 7);
    if (isClosed === 1 && won !== -1) {
      addTo(closed, won ? 'won' : 'lost', sums);
    } else if (isClosed === 0) {
      addTo(perStage, stage, sums);
      addTo(perMonth, month, sums);
    }
  }
  return { perStage, perMonth, closed };
}

type CardRow = Omit<PipelineCard, 'overdue' | 'pending'> & { pending: number };

/** A card's own currency shows only where the org has several. */
export const cardOf =
  (today: string, multiCurrency: boolean) =>
  (card: CardRow): PipelineCard => ({
    ...card,
    overdue: card.closeDate !== null && card.closeDate < today,
    pending: card.pending === 1,
    currency: multiCurrency ? card.currency : null,
  });

/** One stage's open deals by close date, a page at a time. */
function stageCards(db: Database.Database, open: SqlFilter, today: string) {
  const page = db.prepare(
    `SELECT id, name, account_id AS accountId,
       ${accountName('sf_opportunity')} AS accountName,
       amount, probability, close_date AS closeDate,
       ${ownerName('sf_opportunity')} AS ownerName, local_state <> 'clean' AS pending,
       currency_iso_code AS currency
     FROM sf_opportunity ${whereOf(open)} AND stage_name = ?
     ORDER BY close_date, rowid LIMIT ? OFFSET ?`,
  );
  const card = cardOf(today, orgRates(db) !== null);
  return (stage: string, offset: number, limit: number): PipelineCard[] =>
    (page.all(...open.params, stage, limit, offset) as CardRow[]).map(card);
}

/** The cards after the first ones of a column, for a column scrolled to its end. */
export function pipelineCards(
  db: Database.Database,
  input: PipelineCardsInput,
  context: ViewContext,
): { cards: PipelineCard[]; loading: string[] } {
  const loading = loadingAmong(db, ['Opportunity']);
  if (loading.length) return { cards: [], loading };
  const { part } = chooseProcess(db, input.process);
  const open = withPart(boardFilter(db, input, context, part), 'is_closed = 0');
  return {
    cards: stageCards(db, open, isoDay(context.now))(input.stage, input.offset, input.limit),
    loading,
  };
}

/** The process's open stages in its order, or every active one in the org's order. */
function openStagesOf(db: Database.Database, processStages: string[] | null): Stage[] {
  const stages = (
    db
      .prepare(
        `SELECT COALESCE(json_extract(json, '$.ApiName'), master_label) AS stage, master_label AS label, is_closed AS closed FROM sf_opportunity_stage WHERE is_active = 1 ORDER BY sort_order, master_label`,
      )
      .all() as Stage[]
  ).filter((s) => !s.closed);
  if (!processStages) return stages;
  return processStages.flatMap((name) => stages.filter((s) => s.stage === name));
}

/**
 * The board of one sales process: a column per open stage in the process's order (the org's
 * OpportunityStage.SortOrder without processes), then any stage open deals carry that is no
 * longer in it; each with its sums in the rep's currency and its first cards.
 */
export function pipelineBoard(
  db: Database.Database,
  input: PipelineInput,
  context: ViewContext,
): PipelineOutput {
  const totals = totalsFor(db, context);
  const loading = loadingAmong(db, ['Opportunity']);
  if (loading.length) {
    const none = { processes: [], process: null, stages: [], byMonth: [], loading };
    return { ...none, won: noSums, lost: noSums, currency: totals.currency };
  }
  const choice = chooseProcess(db, input.process);
  const filter = boardFilter(db, input, context, choice.part);
  const open = withPart(filter, 'is_closed = 0');
  const { perStage, perMonth, closed } = boardSums(
    boardGroups(db, input, context, choice.part, totals.byDay),
    totals,
  );
  const openStages = openStagesOf(db, choice.stages);
  // A stage the process no longer has still shows its deals; without processes, as always.
  const columns = [
    ...openStages.map((s) => ({ ...s, inProcess: true })),
    ...[...perStage.keys()]
      .filter((stage) => !openStages.some((s) => s.stage === stage))
      .sort()
      .map((stage) => ({ stage, label: stage, inProcess: choice.part === null })),
  ];
  const cardsOf = stageCards(db, open, isoDay(context.now));
  const rounded = (sums: Sums | undefined) => totals.round(sums ?? noSums);
  return {
    processes: choice.processes,
    process: choice.process,
    stages: columns.map(({ stage, label, inProcess }) => ({
      stage,
      label,
      inProcess,
      sums: rounded(perStage.get(stage)),
      cards: cardsOf(stage, 0, input.cardsPerStage),
    })),
    won: rounded(closed.get('won')),
    lost: rounded(closed.get('lost')),
    byMonth: [...perMonth]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, sums]) => ({ month: month || 'No close date', sums: rounded(sums) })),
    currency: totals.currency,
    loading,
  };
}

/**
 * The rep's open deals closing in a period, for Home: across every sales process, in the rep's
 * currency.
 */
export function openSums(
  db: Database.Database,
  context: ViewContext,
  period: Parameters<typeof periodRange>[0],
): { sums: Sums; currency: TotalsCurrency } {
  const totals = totalsFor(db, context);
  const sums = sumsOf(
    db,
    withPart(boardFilter(db, { owner: 'me', close: { period } }, context, null), 'is_closed = 0'),
    totals,
  );
  return { sums, currency: totals.currency };
}

/** Home's figures while the deals are still loading: nothing summed yet, in the rep's currency. */
export const noOpenSums = (db: Database.Database, context: ViewContext) => ({
  sums: noSums,
  currency: totalsFor(db, context).currency,
});
