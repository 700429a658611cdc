import type Database from 'better-sqlite3';
import type { HomeOutput } from '../../shared/ipc/views';
import { isoDay, periodRange } from '../../shared/periods';
import { keyDeals } from './keyDeals';
import { openSums } from './pipelineBoard';
import { taskList } from './taskList';
import { instantWithin, newFilter, ownerIs, whereOf, type ViewContext } from './sqlFilter';

/** How many tasks and deals Home lists; the figures above them lead to the rest. */
const listLength = 8;

/** The rep's own numbers for Home, and the tasks and deals to act on today. */
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
  const due = taskList(db, context, listLength, ['overdue', 'today']);
  const figures = {
    openPipeline: openSums(db, context, 'any'),
    closingThisMonth: openSums(db, context, 'this-month'),
    closingThisQuarter: openSums(db, context, 'this-quarter'),
    overdue: openSums(db, context, 'overdue'),
  };
  // Every period is a part of the open pipeline: converted if any of it was.
  const currency = figures.openPipeline.currency;
  return {
    openTasks,
    dueTasks: due.groups.flatMap((g) => g.tasks).slice(0, listLength),
    keyDeals: keyDeals(db, context, listLength),
    currency,
    figureCurrencies: {
      openPipeline: figures.openPipeline.currency,
      closingThisMonth: figures.closingThisMonth.currency,
      closingThisQuarter: figures.closingThisQuarter.currency,
      overdue: figures.overdue.currency,
    },
    openPipeline: figures.openPipeline.sums,
    closingThisMonth: figures.closingThisMonth.sums,
    closingThisQuarter: figures.closingThisQuarter.sums,
    overdue: figures.overdue.sums,
    newLeadsThisWeek: n,
  };
}
