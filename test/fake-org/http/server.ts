import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuthError } from '../auth';
import type { FaultKind } from '../faults';
import type { Org } from '../org';
import { accessTokenOf } from './accessToken';
import { ApiError } from './apiError';
import type { Reply, Route } from './route';

const jsonContentType = 'application/json;charset=UTF-8';
const maxBody = 64 * 1024 * 1024;

function faultReply(fault: FaultKind): Reply | undefined {
  switch (fault.kind) {
    case 'invalid-session':
      return errorReply(new ApiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid'));
    case 'request-limit':
      return errorReply(
        new ApiError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
      );
    case 'query-timeout':
      return errorReply(
        new ApiError(400, 'QUERY_TIMEOUT', 'Your query request was running for too long.'),
      );
    case 'drop':
      return errorReply(new ApiError(503, 'SERVER_UNAVAILABLE', 'dropped'));
    case 'status': {
      const reply = errorReply(
        fault.status === 503 || fault.status === 429
          ? new ApiError(
              fault.status,
              'SERVER_UNAVAILABLE',
              'Server is temporarily unavailable. Please try again later.',
            )
          : new ApiError(
              fault.status,
              'UNKNOWN_EXCEPTION',
              'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)',
            ),
      );
      if (fault.retryAfter !== undefined)
        reply.headers = { 'Retry-After': String(fault.retryAfter) };
      return reply;
    }
    default:
      return undefined;
  }
}

function errorReply(error: ApiError): Reply {
  return { status: error.status, json: error.body() };
}

function replyForError(error: unknown): Reply {
  if (error instanceof ApiError) return errorReply(error);
  if (error instanceof OAuthError)
    return {
      status: error.status,
      json: { error: error.error, error_description: error.description },
    };
  return errorReply(
    new ApiError(
      500,
      'UNKNOWN_EXCEPTION',
      `An unexpected error occurred: ${(error as Error).message}`,
    ),
  );
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBody)
      throw new ApiError(413, 'REQUEST_ENTITY_TOO_LARGE', 'Request entity too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function createServer(org: Org, routes: Route[], origin: () => string): http.Server {
  const dispatch = async (
    request: http.IncomingMessage,
    url: URL,
  ): Promise<{ route?: Route; reply: Reply; fault?: FaultKind }> => {
    const method = request.method ?? 'GET';
    const candidates = routes.filter((r) => r.pattern.test(url.pathname));
    const route = candidates.find((r) => r.method === method);
    if (!route) {
      if (candidates.length) {
        const allowed = candidates.map((r) => r.method).join(',');
        return {
          reply: errorReply(
            new ApiError(
              405,
              'METHOD_NOT_ALLOWED',
              `HTTP Method '${method}' not allowed. Allowed are ${allowed}`,
            ),
          ),
        };
      }
      return {
        reply: errorReply(new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist')),
      };
    }
    if (route.kind !== 'control')
      org.requestCounts.set(route.name, (org.requestCounts.get(route.name) ?? 0) + 1);
    const fault = route.kind === 'control' ? undefined : org.faults.pick(route.name, method);
    // Salesforce has the whole request before it works on it, and finishes what it started
    // after the client stops waiting.
    const body = readBody(request);
    body.catch(() => undefined);
    if (fault?.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    const params = (route.pattern.exec(url.pathname) ?? [])
      .slice(1)
      .map((p) => decodeURIComponent(p ?? ''));
    let userId = '';
    if (route.kind === 'rest') {
      const user = org.auth.userFor(accessTokenOf(request.headers.authorization, url));
      if (!user)
        return {
          route,
          reply: errorReply(new ApiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid')),
        };
      if (org.limits.used >= org.limits.daily) {
        return {
          route,
          reply: errorReply(
            new ApiError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
          ),
        };
      }
      org.limits.used++;
      userId = user;
    }
    const faulted = fault && faultReply(fault);
    if (faulted) return { route, reply: faulted, fault };
    try {
      const reply = await route.handle({
        method,
        url,
        headers: request.headers,
        body: await body,
        params,
        org,
        origin: origin(),
        userId,
        apiVersion: route.kind === 'rest' ? (params[0] ?? '') : '',
      });
      return { route, reply, fault };
    } catch (error) {
      return { route, reply: replyForError(error), fault };
    }
  };

  return http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin());
    void dispatch(request, url)
      .catch((error: unknown): { route?: Route; reply: Reply; fault?: FaultKind } => ({
        reply: replyForError(error),
      }))
      .then(({ route, reply, fault }) => {
        if (fault?.kind === 'drop') return void response.socket?.destroy();
        const headers: Record<string, string> = { ...reply.headers };
        let body = '';
        if (reply.json !== undefined) {
          headers['Content-Type'] = jsonContentType;
          body = JSON.stringify(reply.json);
        } else if (reply.text !== undefined) {
          headers['Content-Type'] = reply.contentType ?? 'text/plain;charset=UTF-8';
          body = reply.text;
        }
        if (route?.kind === 'rest')
          headers['Sforce-Limit-Info'] = `api-usage=${org.limits.used}/${org.limits.daily}`;
        if (fault?.kind === 'truncated-json') body = body.slice(0, Math.floor(body.length / 2));
        headers['Content-Length'] = String(Buffer.byteLength(body));
        // Salesforce's Date is its own clock; clients take the sync's upper bound from it.
        headers['Date'] = new Date(org.clock.now()).toUTCString();
        response.writeHead(reply.status, headers);
        if (fault?.kind === 'stall') {
          if (fault.midBody) response.write(body.slice(0, Math.floor(body.length / 2)));
          else response.flushHeaders();
          return;
        }
        if (fault?.kind === 'reset') {
          response.write(body.slice(0, Math.floor(body.length / 2)));
          setImmediate(() => response.destroy());
          return;
        }
        response.end(body);
      });
  });
}

export async function listen(server: http.Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}
