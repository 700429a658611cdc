import type { Connection } from 'jsforce';
import { parse } from 'csv-parse/sync';

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
    const rows = parse(text, {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as Array<Record<string, string>>;
    return { rows, locator: response.headers.get('sforce-locator') ?? 'null' };
  }
}
