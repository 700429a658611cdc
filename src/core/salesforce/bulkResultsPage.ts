import type { Connection } from 'jsforce';
import { csvParseRows } from 'd3-dsv';
import type { ServerRecord } from './serverRecord';
import { isNumericType } from '../../shared/fieldTypes';
import type { FieldInfo } from '../schema/fieldList';
import { sfDateTime } from './soqlTime';
import { exchange } from './deadlineTransport';
import { errorText, networkError } from './networkError';

/** Bulk API CSV gives every value as a string (null as ''); this restores a field's JSON type. */
function csvValue(type: string): (value: string) => unknown {
  if (type === 'boolean') return (value) => value === 'true';
  if (isNumericType(type)) return Number;
  if (type === 'datetime') return sfDateTime;
  return (value) => value;
}

/** A page as Salesforce sent it: rows are read one at a time as they are written. */
export type ResultsPage = { csv: string; announced: number | null; locator: string };

/**
 * One Bulk API 2.0 results page, fetched directly: jsforce's CSV path never settles when the
 * connection drops mid-body, and it hides the Sforce-Locator header. A 401 is answered with one
 * session refresh through jsforce (a cheap job-status call) and one retry.
 */
export async function fetchResultsPage(
  conn: Connection,
  jobUrl: string,
  query: URLSearchParams,
  deadlineMs: number,
): Promise<ResultsPage> {
  let resent = false;
  let refreshed = false;
  for (;;) {
    let answer: Awaited<ReturnType<typeof exchange>>;
    try {
      answer = await exchange(
        `${conn.instanceUrl}${jobUrl}/results?${query}`,
        { headers: { Authorization: `Bearer ${conn.accessToken ?? ''}`, Accept: 'text/csv' } },
        deadlineMs,
      );
    } catch (error) {
      // A kept-alive connection the server closed while it sat idle fails before any answer;
      // the page is a GET, safe to ask for once more. A second failure is the network's, and a
      // page past its deadline is not waited for twice.
      const text = errorText(error);
      if (resent || !networkError.test(text) || /ETIMEDOUT/.test(text)) throw error;
      resent = true;
      continue;
    }
    const { response, body: text } = answer;
    if (response.status === 401 && !refreshed) {
      refreshed = true;
      await conn.request(jobUrl);
      continue;
    }
    if (!response.ok) {
      let detail: { errorCode?: string; message?: string } = {};
      try {
        detail = (JSON.parse(text) as Array<typeof detail>)[0] ?? {};
      } catch {
        // Not Salesforce's error JSON; the status says enough.
      }
      throw Object.assign(
        new Error(detail.message ?? `Bulk results answered HTTP ${response.status}`),
        {
          errorCode: detail.errorCode ?? `ERROR_HTTP_${response.status}`,
        },
      );
    }
    const announced = response.headers.get('sforce-numberofrecords');
    return {
      csv: text,
      announced: announced === null ? null : Number(announced),
      locator: response.headers.get('sforce-locator') ?? 'null',
    };
  }
}

const unreadable = () => new Error('Salesforce returned an unreadable Bulk API results page');

/**
 * Hands each row of a page to `each` as a record of `fields`, typed, as it is parsed, so a row
 * is garbage as soon as it is written instead of a whole page reaching V8's old generation (a
 * 1M-record load peaked ~150 MB higher that way). A body cut short can still parse: the count
 * Salesforce announced, and every row having every column, tell; `each` runs inside the page's
 * transaction, so throwing here writes nothing of the page.
 */
export function readResultsPage(
  page: ResultsPage,
  fields: FieldInfo[],
  each: (record: ServerRecord) => void,
): number {
  // A live row leaves the deleted flag out, so the writer can store the record as it is.
  const kept = fields.filter((field) => field.name !== 'IsDeleted');
  const convert = kept.map((field) => csvValue(field.type));
  let header: string[] | undefined;
  let positions: number[] = [];
  let idAt = -1;
  let deletedAt = -1;
  let rows = 0;
  // Raw fields, not csvParse's objects: those fill a missing field with '', which hides a row cut
  // short before its last column.
  csvParseRows(page.csv, (values) => {
    if (!header) {
      header = values;
      idAt = header.indexOf('Id');
      if (idAt < 0) throw unreadable();
      positions = kept.map((field) => values.indexOf(field.name));
      deletedAt = fields.length > kept.length ? values.indexOf('IsDeleted') : -1;
      return null;
    }
    if (values.length !== header.length || !values[idAt]) throw unreadable();
    const record: Record<string, unknown> = {};
    kept.forEach((field, i) => {
      const value = values[positions[i]!];
      record[field.name] = value === undefined || value === '' ? null : convert[i]!(value);
    });
    if (values[deletedAt] === 'true') record['IsDeleted'] = true;
    rows++;
    each(record as ServerRecord);
    return null;
  });
  if (!header || (page.announced !== null && page.announced !== rows)) throw unreadable();
  return rows;
}
