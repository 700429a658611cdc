import type { Control } from '../control';
import {
  json,
  noContent,
  parseJsonBody,
  type Reply,
  type Request,
  type Route,
} from '../http/route';

type Body = Record<string, unknown> & { values?: Record<string, unknown>; asUser?: string };

/** The control plane under /__fake/ for tests and benchmarks that run the org in another process. */
export function controlRoutes(control: Control): Route[] {
  const route = (
    method: string,
    path: string,
    handle: (request: Request, body: Body) => Reply,
  ): Route => ({
    name: 'control',
    method,
    pattern: new RegExp(`^/__fake/${path}$`),
    kind: 'control',
    handle: (request) => handle(request, parseJsonBody<Body>(request) ?? {}),
  });
  const done = (): Reply => noContent();
  return [
    route('GET', 'state', () => json(200, control.state())),
    route('GET', 'records/([^/]+)/([^/]+)', (r) =>
      json(200, control.get(r.params[0]!, r.params[1]!)),
    ),
    route('POST', 'records/([^/]+)', (r, b) =>
      json(201, { id: control.create(r.params[0]!, b.values ?? {}, b.asUser).Id }),
    ),
    route(
      'PATCH',
      'records/([^/]+)/([^/]+)',
      (r, b) => (control.update(r.params[0]!, r.params[1]!, b.values ?? {}, b.asUser), done()),
    ),
    route(
      'DELETE',
      'records/([^/]+)/([^/]+)',
      (r) => (
        control.remove(r.params[0]!, r.params[1]!, r.url.searchParams.get('asUser') ?? undefined),
        done()
      ),
    ),
    route('POST', 'records/([^/]+)/([^/]+)/undelete', (r, b) =>
      json(200, { undeleted: control.undelete(r.params[0]!, r.params[1]!, b.asUser) }),
    ),
    route('POST', 'recycle-bin/purge', () => (control.purgeRecycleBin(), done())),
    route(
      'POST',
      'fields',
      (_r, b) => (control.addField(String(b['object']), b['field'] as never), done()),
    ),
    route(
      'POST',
      'visibility',
      (_r, b) => (control.setVisibility(String(b['userId']), b as never), done()),
    ),
    route('POST', 'sessions/expire', (_r, b) =>
      json(200, { expired: control.expireSessions(b['userId'] as string | undefined) }),
    ),
    route('POST', 'clock', (_r, b) => {
      if (typeof b['set'] === 'number') control.setClock(b['set']);
      if (typeof b['advanceMs'] === 'number') control.advanceClock(b['advanceMs']);
      return json(200, { now: control.state().now });
    }),
    route('POST', 'faults', (_r, b) => (control.addFault(b as never), done())),
    route('DELETE', 'faults', () => (control.clearFaults(), done())),
    route('POST', 'validation-rules', (_r, b) => (control.addValidationRule(b as never), done())),
    route('DELETE', 'validation-rules', () => (control.clearValidationRules(), done())),
    route('POST', 'limits', (_r, b) => json(200, control.setLimits(b as never))),
    route('GET', 'requests', () => json(200, control.requestCounts())),
    route('GET', 'issued', () => json(200, control.issuedSecrets())),
    route('DELETE', 'requests', () => (control.resetRequestCounts(), done())),
  ];
}
