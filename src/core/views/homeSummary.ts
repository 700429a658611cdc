import type Database from 'better-sqlite3';
import type { HomeOutput } from '../../shared/ipc/views';
import { periodRange } from '../../shared/periods';
import { openSums } from './pipelineBoard';
import { instantWithin, newFilter, ownerIs, whereOf, type ViewContext } from './sqlFilter';

/** When the cache last finished a sync and how many records it holds, as the cache itself says. */
export function cacheFacts(db: Database.Database): { lastSuccess: number | null; records: number } {
  const row = db
    .prepare('SELECT MIN(last_success) AS last, TOTAL(records) AS records FROM sync_state')
    .get() as { last: string | null; records: number };
  return { lastSuccess: row.last ? Date.parse(row.last) : null, records: row.records };
}

/** The rep's own numbers for Home. */
export function homeSummary(
  db: Database.Database,
  context: ViewContext,
): Omit<HomeOutput, 'currency'> {
  const leads = newFilter();
  ownerIs(leads, 'me', context);
  instantWithin(leads, 'created_date', periodRange('this-week', context.now));
  const { n } = db
    .prepare(`SELECT COUNT(*) AS n FROM sf_lead ${whereOf(leads)}`)
    .get(...leads.params) as {
    n: number;
  };
  return {
    openPipeline: openSums(db, context, 'any'),
    closingThisMonth: openSums(db, context, 'this-month'),
    closingThisQuarter: openSums(db, context, 'this-quarter'),
    overdue: openSums(db, context, 'overdue'),
    newLeadsThisWeek: n,
    ...cacheFacts(db),
  };
}
