import type Database from 'better-sqlite3';
import { parseSfDateTime, sfDateTime } from '../salesforce/soqlTime';

type Values = Record<string, unknown>;

/**
 * What Salesforce computes on save, computed here too so an offline edit shows at once (a deal
 * moved to Closed Won leaves the open board). Never sent: the server's values replace these.
 */
export function derivedFields(
  db: Database.Database,
  object: string,
  record: Values,
  changed: Values,
): Values {
  if (object === 'Lead' || object === 'Contact') {
    if (!('FirstName' in changed) && !('LastName' in changed)) return {};
    return { Name: [record['FirstName'], record['LastName']].filter(Boolean).join(' ') };
  }
  if (object === 'Task' && 'Status' in changed)
    return { IsClosed: record['Status'] === 'Completed' };
  if (object === 'Event') return eventDerived(record, changed);
  if (object === 'Opportunity' && 'StageName' in changed) {
    const stage = db
      .prepare(
        `SELECT is_closed, is_won, default_probability, json_extract(json, '$.ForecastCategoryName') AS forecast
         FROM sf_opportunity_stage WHERE json_extract(json, '$.ApiName') = ? OR master_label = ? LIMIT 1`,
      )
      .get(record['StageName'], record['StageName']) as
      | {
          is_closed: number;
          is_won: number;
          default_probability: number | null;
          forecast: string | null;
        }
      | undefined;
    if (!stage) return {};
    return {
      IsClosed: stage.is_closed === 1,
      IsWon: stage.is_won === 1,
      ForecastCategoryName: stage.forecast,
      ...('Probability' in changed ? {} : { Probability: stage.default_probability }),
    };
  }
  return {};
}

const minuteMs = 60_000;
const dayMs = 86_400_000;
const time = (value: unknown) => (typeof value === 'string' ? parseSfDateTime(value) : Number.NaN);

/**
 * An Event's derived times as Salesforce sets them: the end moves with a start moved alone,
 * ActivityDateTime and ActivityDate follow the start, the duration spans start to end (whole
 * days for an all-day event, whose end is its last day).
 */
function eventDerived(record: Values, changed: Values): Values {
  if (!['StartDateTime', 'EndDateTime', 'IsAllDayEvent'].some((f) => f in changed)) return {};
  const allDay = record['IsAllDayEvent'] === true;
  const start = time(record['StartDateTime']);
  if (Number.isNaN(start)) return {};
  const minutes = record['DurationInMinutes'];
  const kept =
    'StartDateTime' in changed && !('EndDateTime' in changed) && typeof minutes === 'number'
      ? start + (allDay ? minutes * minuteMs - dayMs : minutes * minuteMs)
      : time(record['EndDateTime']);
  const end = Number.isNaN(kept) ? start : kept;
  return {
    EndDateTime: sfDateTime(end),
    ActivityDateTime: sfDateTime(start),
    ActivityDate: new Date(start).toISOString().slice(0, 10),
    DurationInMinutes: Math.round((end - start + (allDay ? dayMs : 0)) / minuteMs),
  };
}
