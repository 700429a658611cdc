/** Where the renderer is served from: app://roadbook in production, the Vite server in dev. */
export const appScheme = 'app';
export const appHost = 'roadbook';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * Whether a URL belongs to our own renderer. Compares protocol and host, because
 * `new URL('app://roadbook/x').origin` is the string 'null' for non-special schemes.
 */
export function isAppUrl(value: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === `${appScheme}:` && url.host === appHost) return true;
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  return url.protocol === dev.protocol && url.host === dev.host;
}
