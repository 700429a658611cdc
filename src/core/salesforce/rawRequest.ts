import type { Connection } from 'jsforce';
import { HttpApi } from 'jsforce/lib/http-api.js';

export type RawResponse<T> = { body: T; headers: Record<string, string> };

/**
 * A request through jsforce (so 401s refresh the session and retries apply) that also returns
 * the response headers: Date for the sync's upper bound, Sforce-Locator for Bulk 2.0 pages.
 */
export async function requestWithHeaders<T>(
  conn: Connection,
  request: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    body?: string;
    headers?: Record<string, string>;
  },
): Promise<RawResponse<T>> {
  const api = new HttpApi(conn, {});
  let headers: Record<string, string> = {};
  api.on('response', (response: { headers: Record<string, string> }) => {
    headers = response.headers;
  });
  const url = request.url.startsWith('http') ? request.url : `${conn.instanceUrl}${request.url}`;
  const body = (await api.request({ ...request, url })) as T;
  return { body, headers };
}
