import type Database from 'better-sqlite3';
import type { TimelineInput, TimelineItem, TimelineOutput } from '../../shared/ipc/activity';
import { loadingAmong } from './loadingAmong';
import { nameOf, relatedOf } from './taskList';

type Row = {
  source: 'task' | 'event';
  id: string;
  subject: string | null;
  day: string | null;
  start: string | null;
  end: string | null;
  subtype: string | null;
  status: string | null;
  closed: number | null;
  local_state: string;
  who_id: string | null;
  what_id: string | null;
  who_name: string | null;
  what_name: string | null;
};

// The records whose activity shows: the record itself and, for an account, its contacts and
// deals, as Salesforce's own account timeline rolls them up.
const covered = `WITH covered(id) AS (
  SELECT @id UNION SELECT id FROM sf_contact WHERE account_id = @id
  UNION SELECT id FROM sf_opportunity WHERE account_id = @id)`;
const about = '(t.who_id IN (SELECT id FROM covered) OR t.what_id IN (SELECT id FROM covered))';

const related = `t.who_id, t.what_id,
  CASE substr(t.who_id, 1, 3) ${nameOf('who_id')} END AS who_name,
  CASE substr(t.what_id, 1, 3) ${nameOf('what_id')} END AS what_name`;

// A task is dated by its due date (else the day it was made); a meeting by the rep's day it
// starts on, an all-day one by its date, which is the same everywhere.
const items = `
  SELECT 'task' AS source, t.id, t.subject, t.local_state,
    COALESCE(t.activity_date,
      date(substr(json_extract(t.json, '$.CreatedDate'), 1, 19), @shift)) AS day,
    COALESCE(json_extract(t.json, '$.CreatedDate'), '9') AS at,
    NULL AS start, NULL AS "end", json_extract(t.json, '$.TaskSubtype') AS subtype,
    json_extract(t.json, '$.Status') AS status, t.is_closed AS closed, ${related}
  FROM sf_task t WHERE ${about}
  UNION ALL
  SELECT 'event', t.id, t.subject, t.local_state,
    CASE WHEN t.is_all_day_event = 1 THEN substr(t.start_date_time, 1, 10)
      ELSE date(substr(t.start_date_time, 1, 19), @shift) END,
    COALESCE(t.start_date_time, ''),
    CASE WHEN t.is_all_day_event = 1 THEN NULL ELSE t.start_date_time END,
    CASE WHEN t.is_all_day_event = 1 THEN NULL ELSE t.end_date_time END,
    NULL, NULL, NULL, ${related}
  FROM sf_event t WHERE ${about}`;

const itemOf = (row: Row): TimelineItem => ({
  kind: row.source === 'event' ? 'meeting' : row.subtype === 'Call' ? 'call' : 'task',
  id: row.id,
  subject: row.subject ?? (row.source === 'event' ? 'Meeting' : 'Task'),
  start: row.start,
  end: row.end,
  status: row.status,
  closed: row.closed === 1,
  pending: row.local_state !== 'clean',
  who: relatedOf(row.who_id, row.who_name),
  what: relatedOf(row.what_id, row.what_name),
});

/**
 * A record's calls, tasks and meetings, newest day first (a call just logged here leads its
 * day), grouped by day, the first `limit` of them. Only activity: edits to the record or its
 * contacts are not events in the rep's day and stay out.
 */
export function activityTimeline(db: Database.Database, input: TimelineInput): TimelineOutput {
  const loading = loadingAmong(db, ['Task', 'Event', 'Contact', 'Opportunity']);
  if (loading.length) return { days: [], total: 0, loading };
  const params = {
    id: input.id,
    shift: `${input.utcOffsetMinutes >= 0 ? '+' : ''}${input.utcOffsetMinutes} minutes`,
    limit: input.limit,
  };
  const { total } = db
    .prepare(
      `${covered} SELECT (SELECT COUNT(*) FROM sf_task t WHERE ${about})
         + (SELECT COUNT(*) FROM sf_event t WHERE ${about}) AS total`,
    )
    .get(params) as { total: number };
  const rows = db
    .prepare(
      `${covered} SELECT * FROM (${items})
       ORDER BY day IS NULL, day DESC, local_state = 'created' DESC, at DESC, id LIMIT @limit`,
    )
    .all(params) as Row[];
  const days: TimelineOutput['days'] = [];
  for (const row of rows) {
    const last = days.at(-1);
    if (last && last.day === row.day) last.items.push(itemOf(row));
    else days.push({ day: row.day, items: [itemOf(row)] });
  }
  return { days, total, loading };
}
