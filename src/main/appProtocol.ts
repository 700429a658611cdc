import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { appScheme } from '../core/security/appOrigin';
import { productionCsp } from '../core/security/contentSecurityPolicy';
import { resolveAppPath } from '../core/security/resolveAppPath';

/** Must run before the app is ready. Deliberately not bypassCSP. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://roadbook with the production CSP on every response. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const decision = resolveAppPath(rendererRoot, { method: request.method, url: request.url });
    if (!decision.ok) return new Response(null, { status: decision.status });
    const response = await net.fetch(pathToFileURL(decision.file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', productionCsp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
