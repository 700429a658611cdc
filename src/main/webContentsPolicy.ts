import type { WebContents } from 'electron';
import { isAppUrl } from '../core/security/appOrigin';

type NavigationEvent = { preventDefault(): void; url: string };

/**
 * Applied to every webContents the app creates: no navigation or redirect away from our
 * renderer, no new windows, no <webview>, no permissions. Links meant for the browser go
 * through links.open, which checks them first.
 */
export function applyWebContentsPolicy(contents: WebContents, devServerUrl?: string): void {
  const keepInApp = (event: NavigationEvent) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}
