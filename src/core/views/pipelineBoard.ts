import type Database from 'better-sqlite3';
import { isoDay, periodRange } from '../../shared/periods';
import type { PipelineCard, PipelineInput, PipelineOutput, Sums } from '../../shared/ipc/views';
import { specFor } from '../sync/objectSpecs';
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

function opportunityFilter(
  input: Pick<PipelineInput, 'owner' | 'close' | 'text'>,
  context: ViewContext,
  closed: 0 | 1,
): SqlFilter {
  const filter = newFilter('is_closed = ?');
  filter.params.push(closed);
  ownerIs(filter, input.owner, context);
  dayWithin(filter, 'close_date', resolvePeriod(input.close, context.now));
  matchesText(filter, specFor('Opportunity'), input.text);
  return filter;
}

export function sumsOf(db: Database.Database, filter: SqlFilter): Sums {
  return db
    .prepare(`SELECT ${sumsSql} FROM sf_opportunity ${whereOf(filter)}`)
    .get(...filter.params) as Sums;
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
  const today = isoDay(context.now);
  const open = opportunityFilter(input, context, 0);
  const stages = db
    .prepare(
      `SELECT COALESCE(json_extract(json, '$.ApiName'), master_label) AS stage, master_label AS label, is_closed AS closed FROM sf_opportunity_stage WHERE is_active = 1 ORDER BY sort_order, master_label`,
    )
    .all() as Stage[];
  const perStage = new Map(
    (
      db
        .prepare(
          `SELECT stage_name AS stage, ${sumsSql} FROM sf_opportunity ${whereOf(open)} GROUP BY stage_name`,
        )
        .all(...open.params) as Array<Sums & { stage: string }>
    ).map(({ stage, ...sums }) => [stage, sums]),
  );
  const openStages = stages.filter((s) => !s.closed);
  const columns = [
    ...openStages,
    ...[...perStage.keys()]
      .filter((stage) => !openStages.some((s) => s.stage === stage))
      .sort()
      .map((stage) => ({ stage, label: stage })),
  ];
  const cardsOf = db.prepare(
    `SELECT id, json_extract(json, '$.Name') AS name, account_id AS accountId,
       ${accountName('sf_opportunity')} AS accountName,
       amount, probability, close_date AS closeDate,
       ${ownerName('sf_opportunity')} AS ownerName
     FROM sf_opportunity ${whereOf(open)} AND stage_name = ?
     ORDER BY close_date, rowid LIMIT ?`,
  );
  const closed = opportunityFilter(input, context, 1);
  const won = { ...closed, parts: [...closed.parts, 'is_won = 1'] };
  const lost = { ...closed, parts: [...closed.parts, 'is_won = 0'] };
  return {
    stages: columns.map(({ stage, label }) => ({
      stage,
      label,
      sums: perStage.get(stage) ?? noSums,
      cards: (
        cardsOf.all(...open.params, stage, input.cardsPerStage) as Array<
          Omit<PipelineCard, 'overdue'>
        >
      ).map((card) => ({ ...card, overdue: card.closeDate !== null && card.closeDate < today })),
    })),
    won: sumsOf(db, won),
    lost: sumsOf(db, lost),
    byMonth: (
      db
        .prepare(
          `SELECT substr(close_date, 1, 7) AS month, ${sumsSql} FROM sf_opportunity ${whereOf(open)} GROUP BY month ORDER BY month`,
        )
        .all(...open.params) as Array<Sums & { month: string | null }>
    ).map(({ month, ...sums }) => ({ month: month ?? 'No close date', sums })),
  };
}

/** Open deals closing in a period, for Home. */
export function openSums(
  db: Database.Database,
  context: ViewContext,
  period: Parameters<typeof periodRange>[0],
): Sums {
  return sumsOf(db, opportunityFilter({ owner: 'me', close: { period } }, context, 0));
}
