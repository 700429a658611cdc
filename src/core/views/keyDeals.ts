import type Database from 'better-sqlite3';
import type { PipelineCard } from '../../shared/ipc/views';
import { isoDay, periodRange } from '../../shared/periods';
import { orgRates } from './currencyRates';
import { accountName, ownerName } from './namedRows';
import { cardOf } from './pipelineBoard';
import type { ViewContext } from './sqlFilter';

/**
 * The rep's open deals that need them now: overdue close dates, then those closing this month,
 * soonest first.
 */
export function keyDeals(
  db: Database.Database,
  context: ViewContext,
  limit: number,
): PipelineCard[] {
  const today = isoDay(context.now);
  const { to } = periodRange('this-month', context.now);
  const rows = db
    .prepare(
      `SELECT id, name, account_id AS accountId,
         ${accountName('sf_opportunity')} AS accountName,
         amount, probability, close_date AS closeDate,
         ${ownerName('sf_opportunity')} AS ownerName, local_state <> 'clean' AS pending,
         currency_iso_code AS currency
       FROM sf_opportunity
       WHERE owner_id = ? AND is_closed = 0 AND close_date <= ?
       ORDER BY close_date, rowid LIMIT ?`,
    )
    .all(context.userId, to, limit) as Array<
    Omit<PipelineCard, 'overdue' | 'pending'> & { pending: number }
  >;
  return rows.map(cardOf(today, orgRates(db) !== null));
}
