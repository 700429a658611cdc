import type { Connection } from 'jsforce';
import { csvParse } from 'd3-dsv';

export type ResultsPage = { rows: Array<Record<string, string>>; locator: string };

const pageTimeoutMs = 5 * 60_000;

/**
 * One Bulk API 2.0 results page, fetched directly: jsforce's CSV path never settles when the
 * connection drops mid-body, and it hides the Sforce-Locator header. A 401 is answered with one
 * session refresh through jsforce (a cheap job-status call) and one retry.
 */
export async function fetchResultsPage(
  conn: Connection,
  jobUrl: string,
  query: URLSearchParams,
): Promise<ResultsPage> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${conn.instanceUrl}${jobUrl}/results?${query}`, {
      headers: { Authorization: `Bearer ${conn.accessToken ?? ''}`, Accept: 'text/csv' },
      signal: AbortSignal.timeout(pageTimeoutMs),
    });
    if (response.status === 401 && attempt === 1) {
      await response.body?.cancel();
      await conn.request(jobUrl);
      continue;
    }
    const text = await response.text();
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
    const rows = csvParse(text);
    // A body cut short can still parse: the count Salesforce announces, and every row reaching
    // the last column, tell.
    const announced = response.headers.get('sforce-numberofrecords');
    const last = rows.columns.at(-1);
    if (
      !rows.columns.includes('Id') ||
      (announced !== null && Number(announced) !== rows.length) ||
      rows.some((row) => !row['Id'] || row[last!] === undefined)
    )
      throw new Error('Salesforce returned an unreadable Bulk API results page');
    return { rows, locator: response.headers.get('sforce-locator') ?? 'null' };
  }
}
