import type Database from 'better-sqlite3';
import type { HomeOutput } from '../../shared/ipc/views';
import { isoDay, periodRange } from '../../shared/periods';
import { openSums } from './pipelineBoard';
import { instantWithin, newFilter, ownerIs, whereOf, type ViewContext } from './sqlFilter';

/** The rep's own numbers for Home. */
export function homeSummary(db: Database.Database, context: ViewContext): HomeOutput {
  const leads = newFilter();
  ownerIs(leads, 'me', context);
  instantWithin(leads, 'created_date', periodRange('this-week', context.now));
  const { n } = db
    .prepare(`SELECT COUNT(*) AS n FROM sf_lead ${whereOf(leads)}`)
    .get(...leads.params) as {
    n: number;
  };
  const openTasks = db
    .prepare(
      `SELECT COUNT(*) AS count, TOTAL(activity_date < ?) AS overdue FROM sf_task WHERE owner_id = ? AND is_closed = 0`,
    )
    .get(isoDay(context.now), context.userId) as { count: number; overdue: number };
  return {
    openTasks,
    openPipeline: openSums(db, context, 'any'),
    closingThisMonth: openSums(db, context, 'this-month'),
    closingThisQuarter: openSums(db, context, 'this-quarter'),
    overdue: openSums(db, context, 'overdue'),
    newLeadsThisWeek: n,
  };
}
