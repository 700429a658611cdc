const allowedSchemes = new Set(['https:', 'mailto:', 'tel:']);

/**
 * Whether a URL may be handed to the operating system. Only web pages over https, mail and
 * phone links; never javascript:, file:, custom schemes, or URLs carrying credentials.
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
  if (url.protocol === 'https:' && !url.hostname) return false;
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
