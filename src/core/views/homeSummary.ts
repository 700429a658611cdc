import type Database from 'better-sqlite3';
import type { HomeOutput } from '../../shared/ipc/views';
import { isoDay, periodRange } from '../../shared/periods';
import { keyDeals } from './keyDeals';
import { loadingAmong } from './loadingAmong';
import { noOpenSums, openSums } from './pipelineBoard';
import { taskList } from './taskList';
import { instantWithin, newFilter, ownerIs, whereOf, type ViewContext } from './sqlFilter';

/** How many tasks and deals Home lists; the figures above them lead to the rest. */
const listLength = 8;

function newLeadsThisWeek(db: Database.Database, context: ViewContext): number {
  const leads = newFilter();
  ownerIs(leads, 'me', context);
  instantWithin(leads, 'created_date', periodRange('this-week', context.now));
  const { n } = db
    .prepare(`SELECT COUNT(*) AS n FROM sf_lead ${whereOf(leads)}`)
    .get(...leads.params) as { n: number };
  return n;
}

function tasksDue(db: Database.Database, context: ViewContext) {
  const openTasks = db
    .prepare(
      `SELECT COUNT(*) AS count, TOTAL(activity_date < ?) AS overdue FROM sf_task WHERE owner_id = ? AND is_closed = 0`,
    )
    .get(isoDay(context.now), context.userId) as { count: number; overdue: number };
  // Today's first: a rep behind on older tasks still sees what is due today.
  const due = taskList(db, context, listLength, ['today', 'overdue']);
  return { openTasks, dueTasks: due.groups.flatMap((g) => g.tasks).slice(0, listLength) };
}

/**
 * The rep's own numbers for Home, and the tasks and deals to act on today. An object still
 * loading counts as none and is named in `loading`, so Home never scans a table being loaded.
 */
export function homeSummary(db: Database.Database, context: ViewContext): HomeOutput {
  const loading = loadingAmong(db, ['Lead', 'Task', 'Opportunity']);
  const sumsOf = (period: Parameters<typeof openSums>[2]) =>
    loading.includes('Opportunity') ? noOpenSums(db, context) : openSums(db, context, period);
  const figures = {
    openPipeline: sumsOf('any'),
    closingThisMonth: sumsOf('this-month'),
    closingThisQuarter: sumsOf('this-quarter'),
    overdue: sumsOf('overdue'),
  };
  const tasks = loading.includes('Task')
    ? { openTasks: { count: 0, overdue: 0 }, dueTasks: [] }
    : tasksDue(db, context);
  // Every period is a part of the open pipeline: converted if any of it was.
  const currency = figures.openPipeline.currency;
  return {
    ...tasks,
    keyDeals: loading.includes('Opportunity') ? [] : keyDeals(db, context, listLength),
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
    newLeadsThisWeek: loading.includes('Lead') ? 0 : newLeadsThisWeek(db, context),
    loading,
  };
}
