export const deepLinkScheme = 'roadbook';

type DeepLink = { kind: 'oauth-callback' };
export type DeepLinkParse = { ok: true; link: DeepLink } | { ok: false; reason: string };

/**
 * Deep links arrive from any program on the machine, so they are untrusted: only the exact
 * scheme, host and path we registered are accepted, and nothing from the query is logged.
 */
export function parseDeepLink(raw: unknown): DeepLinkParse {
  if (typeof raw !== 'string' || raw.length > 4096) return { ok: false, reason: 'not a link' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a link' };
  }
  if (url.protocol !== `${deepLinkScheme}:`) return { ok: false, reason: 'wrong scheme' };
  if (url.username || url.password || url.port) return { ok: false, reason: 'unexpected parts' };
  if (url.host === 'oauth' && url.pathname === '/callback') {
    return { ok: true, link: { kind: 'oauth-callback' } };
  }
  return { ok: false, reason: 'unknown link' };
}

/** Finds our link among process arguments; Chromium may insert switches before it. */
export function findDeepLinkArg(argv: readonly string[]): string | undefined {
  return argv.find((arg) => arg.startsWith(`${deepLinkScheme}:`));
}
