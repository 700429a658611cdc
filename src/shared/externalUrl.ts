const allowedSchemes = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Whether a URL may be handed to the operating system. Only web pages (an account's website
 * may be plain http), mail and phone links; never javascript:, file:, custom schemes, or URLs carrying credentials;
 * mail and phone links carry no query or fragment.
 */
export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!allowedSchemes.has(url.protocol)) return false;
  if (url.username || url.password) return false;
  if (url.protocol.startsWith('http') && !url.hostname) return false;
  if (url.protocol === 'mailto:' || url.protocol === 'tel:')
    return !url.search && !url.hash && (url.protocol === 'tel:' || isOneAddress(url.pathname));
  return true;
}

/**
 * A mailto: path that is one plain address: no second recipient, and nothing a mail app could
 * take for a header (a prefilled Bcc or body the rep never sees before sending).
 */
function isOneAddress(path: string): boolean {
  let address: string;
  try {
    address = decodeURIComponent(path);
  } catch {
    return false;
  }
  return /^[^\s?,;@]+@[^\s?,;@/]+$/.test(address);
}

/**
 * What a record's field links to: the rep's phone app, mail app or browser. A website typed
 * without a scheme ("www.acme.com") is a web address; anything else unsafe is no link at all.
 */
export function linkFor(kind: 'phone' | 'email' | 'website', value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const url =
    kind === 'phone'
      ? `tel:${trimmed.replace(/[^\d+]/g, '')}`
      : kind === 'email'
        ? // Encoded, so a value carrying "?bcc=…" stays part of the address (and is refused).
          `mailto:${encodeURIComponent(trimmed).replace(/%40/g, '@')}`
        : /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
          ? trimmed
          : `https://${trimmed}`;
  if (kind === 'website' && !/^https?:/i.test(url)) return undefined;
  if (kind === 'phone' && url === 'tel:') return undefined;
  return isSafeExternalUrl(url) ? url : undefined;
}
