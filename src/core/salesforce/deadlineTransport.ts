import { PassThrough } from 'node:stream';
import type { Connection } from 'jsforce';
import type { Transport } from 'jsforce/lib/transport.js';
import type { HttpRequest, HttpResponse } from 'jsforce/lib/types/common.js';
import { StreamPromise } from 'jsforce/lib/util/promise.js';
import { networkError } from './networkError';

/**
 * How long one exchange with Salesforce (request sent, whole answer read) may take. A SOQL query
 * may run 120 s before Salesforce answers QUERY_TIMEOUT, which the pull answers by narrowing its
 * window, so a call gets 30 s more than that; a dead connection then costs the rep at most
 * 2½ minutes. A Bulk results page holds 5,000 rows and may crawl over a slow link: 5 minutes.
 */
export type Deadlines = {
  callMs: number;
  pageMs: number;
  /**
   * How long Salesforce may go on with a call Roadbook stopped waiting for: 10 minutes, its own
   * limit for a call that is not a query. A create not found before then may still be made.
   */
  serverMs: number;
};
export const defaultDeadlines: Deadlines = {
  callMs: 150_000,
  pageMs: 5 * 60_000,
  serverMs: 10 * 60_000,
};

// jsforce's own retry rules (request.js), so a brief 503 on a read still passes unseen.
const retryStatuses = new Set([420, 429, 500, 502, 503, 504]);
const retryMethods = new Set(['GET', 'PUT', 'HEAD', 'OPTIONS', 'DELETE']);
const maxRetries = 5;
const max420Retries = 2;
const backoffMs = (retry: number) => 500 * 2 ** retry;

const unanswered = 'Salesforce did not answer within';
/** A call that went past its deadline: a network error, as the sync's offline handling expects. */
// The code is in the message too: jsforce passes on only the message of a failed refresh.
export const deadlineError = (ms: number) =>
  Object.assign(new Error(`${unanswered} ${Math.round(ms / 1000)} s (ETIMEDOUT)`), {
    code: 'ETIMEDOUT',
  });
/** The error (or its stored message) of a call Salesforce may still be carrying out. */
export const ranOutItsDeadline = (message: string | null | undefined) =>
  Boolean(message?.startsWith(unanswered));

/**
 * undici's failures ("fetch failed" before an answer, "terminated" for a body cut short) as the
 * network errors they are; anything else (a malformed URL) is a bug and stays as it is.
 */
function asNetworkError(error: unknown): unknown {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  if (e.message !== 'fetch failed' && e.message !== 'terminated') return error;
  const code = e.cause?.code && networkError.test(e.cause.code) ? e.cause.code : 'ECONNRESET';
  return Object.assign(
    new Error(`The connection to Salesforce failed (${code}): ${e.cause?.message ?? e.message}`),
    { code },
  );
}

/** Fetch sets these from the body it sends; passing jsforce's own could contradict it. */
function sendable(headers: Record<string, string> = {}) {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !/^(content-length|transfer-encoding)$/i.test(name)),
  );
}

/**
 * JSON that does not parse is an answer cut short (a proxy or a dropped link): jsforce would hand
 * it over as a string, and code reading a query page or a write's results would trip on it.
 */
function isWhole(response: Response, body: string): boolean {
  if (!body || !/^application\/json/i.test(response.headers.get('content-type') ?? '')) return true;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/**
 * One request and its whole answer within `ms`: the abort ends a socket that never answers, one
 * that stalls mid-body and one cut after its headers alike, and frees it.
 */
export async function exchange(
  url: string,
  init: RequestInit,
  ms: number,
): Promise<{ response: Response; body: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    const body = await response.text();
    if (!isWhole(response, body))
      throw Object.assign(new Error("Salesforce's answer was cut short"), { code: 'ECONNRESET' });
    return { response, body };
  } catch (error) {
    throw controller.signal.aborted ? deadlineError(ms) : asNetworkError(error);
  } finally {
    clearTimeout(timer);
  }
}

async function send(request: HttpRequest, ms: number): Promise<HttpResponse> {
  const retryable = retryMethods.has(request.method);
  for (let retry = 0; ; retry++) {
    const last = !retryable || retry >= maxRetries;
    let answer: Awaited<ReturnType<typeof exchange>>;
    try {
      answer = await exchange(
        request.url,
        {
          method: request.method,
          headers: sendable(request.headers),
          body: request.body as RequestInit['body'],
        },
        ms,
      );
    } catch (error) {
      // A call that ran out its deadline is not tried again: that would double the wait.
      const code = (error as { code?: string }).code;
      if (last || code === undefined || code === 'ETIMEDOUT') throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs(retry)));
      continue;
    }
    const status = answer.response.status;
    const again = retryStatuses.has(status) && (status !== 420 || retry < max420Retries);
    if (last || !again)
      return {
        statusCode: status,
        headers: Object.fromEntries(answer.response.headers),
        body: answer.body,
      };
    await new Promise((resolve) => setTimeout(resolve, backoffMs(retry)));
  }
}

/**
 * jsforce's transport with a deadline on every exchange. jsforce's own (node-fetch) times out
 * only until the headers, and never settles a body cut after them; this one reads the whole
 * answer with Node's fetch under one abort signal.
 */
export function deadlineTransport(ms: number): Transport {
  const httpRequest = (request: HttpRequest) =>
    StreamPromise.create(() => {
      const stream = new PassThrough();
      const promise = send(request, ms).then(
        (response) => {
          stream.end(response.body);
          return response;
        },
        (error: unknown) => {
          stream.destroy();
          throw error;
        },
      );
      return { stream, promise };
    });
  return { httpRequest } as unknown as Transport;
}

/** Every call this connection makes from now on ends within `ms`, whatever the network does. */
export function withDeadline(conn: Connection, ms: number): Connection {
  conn._transport = deadlineTransport(ms);
  return conn;
}
