import { ApiError } from '../http/apiError';
import { json, parseJsonBody, type Reply, type Request, type Route } from '../http/route';

const maxSubrequests = 25;

type Subrequest = {
  method?: string;
  url?: string;
  referenceId?: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
};
type SubResponse = {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
};

const processingHalted = [
  {
    errorCode: 'PROCESSING_HALTED',
    message:
      'The transaction was rolled back since another operation in the same transaction failed.',
  },
];

/** `@{ref.id}` in a URL or body: the value an earlier subrequest returned. */
function resolveReferences(text: string, results: Map<string, unknown>): string {
  return text.replace(
    /@\{([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)\}/g,
    (whole, ref: string, key: string) => {
      const body = results.get(ref) as Record<string, unknown> | undefined;
      if (!body || body[key] === undefined)
        throw new ApiError(400, 'INVALID_REFERENCE', `Invalid reference specified: ${whole}`);
      return String(body[key]);
    },
  );
}

/**
 * POST /composite: up to 25 subrequests run in order with one API call, each with its own
 * status and headers (If-Unmodified-Since included). Only allOrNone=false is modelled.
 */
export function compositeRequestRoute(routes: () => Route[]): Route {
  const v = '^/services/data/v(\\d+\\.\\d)';
  return {
    name: 'composite',
    method: 'POST',
    pattern: new RegExp(`${v}/composite/?$`),
    kind: 'rest',
    async handle(request: Request): Promise<Reply> {
      const parsed = parseJsonBody<{ allOrNone?: boolean; compositeRequest?: Subrequest[] }>(
        request,
      );
      const subrequests = parsed?.compositeRequest;
      if (!Array.isArray(subrequests) || subrequests.length === 0)
        throw new ApiError(400, 'JSON_PARSER_ERROR', 'compositeRequest is required');
      if (subrequests.length > maxSubrequests)
        throw new ApiError(
          400,
          'LIMIT_EXCEEDED',
          `Composite request limit of ${maxSubrequests} subrequests exceeded`,
        );
      if (parsed.allOrNone === true)
        throw new ApiError(400, 'FAKE_ORG_UNSUPPORTED', 'The fake org models allOrNone=false only');
      const results = new Map<string, unknown>();
      const failed = new Set<string>();
      const responses: SubResponse[] = [];
      for (const sub of subrequests) {
        const referenceId = String(sub.referenceId ?? '');
        if (!/^[A-Za-z0-9_]+$/.test(referenceId) || results.has(referenceId))
          throw new ApiError(400, 'INVALID_REFERENCE', `Invalid reference id: ${referenceId}`);
        const dependsOnFailure = [...failed].some((ref) =>
          `${sub.url ?? ''} ${JSON.stringify(sub.body ?? null)}`.includes(`@{${ref}.`),
        );
        if (dependsOnFailure) {
          failed.add(referenceId);
          responses.push({
            body: processingHalted,
            httpHeaders: {},
            httpStatusCode: 400,
            referenceId,
          });
          continue;
        }
        const reply = await runOne(request, sub, results, routes());
        const ok = reply.status >= 200 && reply.status < 300;
        if (ok) results.set(referenceId, reply.json ?? null);
        else failed.add(referenceId);
        responses.push({
          body: reply.json ?? null,
          httpHeaders: reply.headers ?? {},
          httpStatusCode: reply.status,
          referenceId,
        });
      }
      return json(200, { compositeResponse: responses });
    },
  };
}

async function runOne(
  request: Request,
  sub: Subrequest,
  results: Map<string, unknown>,
  routes: Route[],
): Promise<Reply> {
  try {
    const method = String(sub.method ?? '').toUpperCase();
    const url = new URL(resolveReferences(String(sub.url ?? ''), results), request.origin);
    const route = routes.find(
      (r) => r.kind === 'rest' && r.method === method && r.pattern.test(url.pathname),
    );
    if (!route || route.name === 'composite')
      throw new ApiError(400, 'INVALID_URL', `Invalid url or method: ${method} ${sub.url ?? ''}`);
    const params = (route.pattern.exec(url.pathname) ?? [])
      .slice(1)
      .map((p) => decodeURIComponent(p ?? ''));
    const headers = Object.fromEntries(
      Object.entries(sub.httpHeaders ?? {}).map(([k, value]) => [k.toLowerCase(), value]),
    );
    return await route.handle({
      ...request,
      method,
      url,
      params,
      headers: { ...request.headers, ...headers },
      body: sub.body === undefined ? '' : resolveReferences(JSON.stringify(sub.body), results),
      apiVersion: params[0] ?? request.apiVersion,
    });
  } catch (error) {
    const e =
      error instanceof ApiError ? error : new ApiError(500, 'UNKNOWN_EXCEPTION', String(error));
    return { status: e.status, json: e.body() };
  }
}
