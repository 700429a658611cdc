import path from 'node:path';
import { appHost, appScheme } from './appOrigin';

export type AppRequest = { method: string; url: string };
export type AppPathDecision =
  { ok: true; file: string } | { ok: false; status: 403 | 404 | 405; reason: string };

/**
 * Maps an app:// request to a file inside the renderer bundle, refusing anything that is not
 * a GET for our host or that would escape the bundle folder (.., encoded .., backslashes,
 * NUL bytes).
 */
export function resolveAppPath(root: string, request: AppRequest): AppPathDecision {
  if (request.method !== 'GET') return { ok: false, status: 405, reason: 'method not allowed' };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, status: 404, reason: 'bad url' };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost)
    return { ok: false, status: 404, reason: 'unknown host' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 403, reason: 'bad encoding' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { ok: false, status: 403, reason: 'forbidden characters' };
  }
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) {
    return { ok: false, status: 403, reason: 'outside the app' };
  }
  return { ok: true, file };
}
