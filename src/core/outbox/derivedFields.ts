import type Database from 'better-sqlite3';

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
