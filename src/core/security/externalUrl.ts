const allowedSchemes = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Whether a URL may be handed to the operating system. Only web pages (an account's website
 * may be plain http), mail and phone links; never javascript:, file:, custom schemes, or URLs carrying credentials.
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
  return true;
}

/** Opens the URL through the injected opener when the policy allows it. */
export async function openExternalSafely(
  value: unknown,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isSafeExternalUrl(value)) return false;
  await open(new URL(value).href);
  return true;
}
