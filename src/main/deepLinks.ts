import path from 'node:path';
import type { App } from 'electron';
import { deepLinkScheme, findDeepLinkArg } from '../core/deepLink/parseDeepLink';

/**
 * Hands every roadbook:// URL the operating system gives us to `deliver`: macOS sends
 * open-url (possibly before ready), Windows and Linux start a second instance whose argv
 * carries the URL, and a cold start has it in our own argv. A second launch without a link is
 * the rep looking for Roadbook: `surface` brings the window back.
 */
export function wireDeepLinks(app: App, deliver: (url: string) => void, surface: () => void): void {
  if (process.defaultApp && process.argv[1]) {
    // Unpackaged (npm run dev): the OS must start electron with our script, not bare electron.
    app.setAsDefaultProtocolClient(deepLinkScheme, process.execPath, [
      path.resolve(process.argv[1]),
    ]);
  } else {
    app.setAsDefaultProtocolClient(deepLinkScheme);
  }
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliver(url);
  });
  app.on('second-instance', (_event, argv) => {
    const url = findDeepLinkArg(argv);
    if (url) deliver(url);
    else surface();
  });
  const coldStart = findDeepLinkArg(process.argv);
  if (coldStart) deliver(coldStart);
}
