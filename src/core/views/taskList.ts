import type Database from 'better-sqlite3';
import type { TaskGroup, TaskItem, TasksOutput } from '../../shared/ipc/tasks';
import { isoDay } from '../../shared/periods';
import { loadingAmong } from './loadingAmong';
import type { ViewContext } from './sqlFilter';

type Related = NonNullable<TaskItem['who']>;

// Salesforce ids say their object in their first three characters.
const relatedTables: Record<string, { object: Related['object']; table: string }> = {
  '00Q': { object: 'Lead', table: 'sf_lead' },
  '003': { object: 'Contact', table: 'sf_contact' },
  '006': { object: 'Opportunity', table: 'sf_opportunity' },
  '001': { object: 'Account', table: 'sf_account' },
};

/** SQL naming the record in `t.<column>` by its id's object. */
export const nameOf = (column: string) =>
  Object.entries(relatedTables)
    .map(
      ([prefix, { table }]) =>
        `WHEN '${prefix}' THEN (SELECT name FROM ${table} WHERE ${table}.id = t.${column})`,
    )
    .join(' ');

/** A task's columns as `itemOf` reads them, from `sf_task t`. */
export const columns = `t.id, t.subject, t.activity_date, t.is_closed, t.who_id, t.what_id,
  json_extract(t.json, '$.Status') AS status, t.local_state,
  CASE substr(t.who_id, 1, 3) ${nameOf('who_id')} END AS who_name,
  CASE substr(t.what_id, 1, 3) ${nameOf('what_id')} END AS what_name`;

export type TaskRow = {
  id: string;
  subject: string | null;
  activity_date: string | null;
  is_closed: number | null;
  who_id: string | null;
  what_id: string | null;
  status: string | null;
  local_state: string;
  who_name: string | null;
  what_name: string | null;
};

export function relatedOf(id: string | null, name: string | null): Related | null {
  const known = id ? relatedTables[id.slice(0, 3)] : undefined;
  return id && known && name ? { object: known.object, id, name } : null;
}

export const itemOf = (row: TaskRow): TaskItem => ({
  id: row.id,
  subject: row.subject ?? 'Task',
  status: row.status,
  dueDate: row.activity_date,
  closed: row.is_closed === 1,
  pending: row.local_state !== 'clean',
  who: relatedOf(row.who_id, row.who_name),
  what: relatedOf(row.what_id, row.what_name),
});

/** Open tasks by due day (tasks with no due date come last, as upcoming). */
const openGroups: Record<Exclude<TaskGroup, 'completed'>, string> = {
  overdue: 'activity_date < @today',
  today: 'activity_date = @today',
  upcoming: '(activity_date > @today OR activity_date IS NULL)',
};

/**
 * The rep's open tasks grouped Overdue / Today / Upcoming, soonest first, and the most recently
 * completed ones, those completed on this computer first.
 */
export function taskList(
  db: Database.Database,
  context: ViewContext,
  perGroup: number,
  only: readonly TaskGroup[] = ['overdue', 'today', 'upcoming', 'completed'],
): TasksOutput {
  const loading = loadingAmong(db, ['Task']);
  if (loading.length)
    return { groups: only.map((group) => ({ group, count: 0, tasks: [] })), loading };
  const params = { me: context.userId, today: isoDay(context.now), limit: perGroup };
  const mine = 'FROM sf_task t WHERE t.owner_id = @me';
  return {
    groups: only.map((group) => {
      if (group === 'completed') {
        const rows = db
          .prepare(
            `SELECT ${columns} ${mine} AND t.is_closed = 1
             ORDER BY t.local_state != 'clean' DESC, t.last_modified_date DESC, t.id LIMIT @limit`,
          )
          .all(params) as TaskRow[];
        return { group, count: rows.length, tasks: rows.map(itemOf) };
      }
      const where = `${mine} AND t.is_closed = 0 AND ${openGroups[group]}`;
      const { n } = db.prepare(`SELECT COUNT(*) AS n ${where}`).get(params) as { n: number };
      const rows = db
        .prepare(
          `SELECT ${columns} ${where}
           ORDER BY t.activity_date IS NULL, t.activity_date, t.subject, t.id LIMIT @limit`,
        )
        .all(params) as TaskRow[];
      return { group, count: n, tasks: rows.map(itemOf) };
    }),
    loading,
  };
}
