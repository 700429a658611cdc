import type Database from 'better-sqlite3';
import type { EventsInput, Meeting } from '../../shared/ipc/calendar';
import { sfDateTime } from '../salesforce/soqlTime';
import { loadingAmong } from './loadingAmong';
import type { ViewContext } from './sqlFilter';

const dayMs = 86_400_000;

type Row = {
  id: string;
  json: string;
  local_state: string;
  all_day: number | null;
  account_id: string | null;
  account_json: string | null;
  who_object: 'Contact' | 'Lead' | null;
  who_id: string | null;
  who_name: string | null;
  who_phone: string | null;
  opportunity_id: string | null;
  opportunity_name: string | null;
};

type Values = Record<string, unknown>;
const textOf = (values: Values, field: string) => {
  const value = values[field];
  return typeof value === 'string' && value !== '' ? value : null;
};

/**
 * The rep's own Events on the days asked, all-day ones first, then by start, each with what a
 * rep on the road needs from the cache: where the account is, who they meet and their phone.
 * A timed event counts on a day it overlaps in the rep's zone; an all-day event on its dates,
 * which are the same everywhere (Salesforce keeps them at midnight UTC).
 */
export function eventsInRange(
  db: Database.Database,
  input: EventsInput,
  context: ViewContext,
): { events: Meeting[]; loading: string[] } {
  const loading = loadingAmong(db, ['Event']);
  if (loading.length) return { events: [], loading };
  const midnight = (day: string) =>
    Date.parse(`${day}T00:00:00Z`) - input.utcOffsetMinutes * 60_000;
  const from = sfDateTime(midnight(input.fromDay));
  const to = sfDateTime(midnight(input.toDay) + dayMs);
  // Bounds the index walk: an all-day event on the last day starts at its midnight UTC, which
  // in a zone west of UTC is after the rep's day ends.
  const upper = sfDateTime(
    Math.max(midnight(input.toDay), Date.parse(`${input.toDay}T00:00:00Z`)) + dayMs,
  );
  const rows = db
    .prepare(
      `SELECT e.id, e.json, e.local_state, e.is_all_day_event AS all_day,
         a.id AS account_id, a.json AS account_json,
         CASE WHEN c.id IS NOT NULL THEN 'Contact' WHEN l.id IS NOT NULL THEN 'Lead' END AS who_object,
         COALESCE(c.id, l.id) AS who_id, COALESCE(c.name, l.name) AS who_name,
         COALESCE(json_extract(c.json, '$.Phone'), json_extract(c.json, '$.MobilePhone'),
           json_extract(l.json, '$.Phone'), json_extract(l.json, '$.MobilePhone')) AS who_phone,
         o.id AS opportunity_id, o.name AS opportunity_name
       FROM sf_event e
       LEFT JOIN sf_contact c ON c.id = e.who_id
       LEFT JOIN sf_lead l ON l.id = e.who_id
       LEFT JOIN sf_opportunity o ON o.id = e.what_id
       LEFT JOIN sf_account a ON a.id = COALESCE(
         (SELECT id FROM sf_account WHERE id = e.what_id), o.account_id, c.account_id)
       WHERE e.owner_id = ? AND e.start_date_time < ? AND (
         CASE WHEN e.is_all_day_event = 1
           THEN substr(e.start_date_time, 1, 10) <= ?
             AND substr(COALESCE(e.end_date_time, e.start_date_time), 1, 10) >= ?
           ELSE e.start_date_time < ? AND (e.end_date_time > ? OR e.start_date_time >= ?) END)
       ORDER BY COALESCE(e.is_all_day_event, 0) DESC, e.start_date_time, e.id`,
    )
    .all(context.userId, upper, input.toDay, input.fromDay, to, from, from) as Row[];
  return { events: rows.map(meetingOf), loading };
}

function meetingOf(row: Row): Meeting {
  const event = JSON.parse(row.json) as Values;
  const account = row.account_json ? (JSON.parse(row.account_json) as Values) : null;
  return {
    id: row.id,
    subject: textOf(event, 'Subject'),
    start: textOf(event, 'StartDateTime'),
    end: textOf(event, 'EndDateTime'),
    allDay: row.all_day === 1,
    location: textOf(event, 'Location'),
    description: textOf(event, 'Description'),
    unsent: row.local_state !== 'clean',
    account:
      account && row.account_id
        ? {
            id: row.account_id,
            name: textOf(account, 'Name'),
            street: textOf(account, 'BillingStreet'),
            city: textOf(account, 'BillingCity'),
            state: textOf(account, 'BillingState'),
            postalCode: textOf(account, 'BillingPostalCode'),
            country: textOf(account, 'BillingCountry'),
            phone: textOf(account, 'Phone'),
          }
        : null,
    who:
      row.who_id && row.who_object
        ? { id: row.who_id, object: row.who_object, name: row.who_name, phone: row.who_phone }
        : null,
    opportunity: row.opportunity_id ? { id: row.opportunity_id, name: row.opportunity_name } : null,
  };
}
