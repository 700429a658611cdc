import type { AppCoreDeps } from '../appCore';
import type { AuthService } from '../auth/authService';
import { openExternalSafely } from '../security/externalUrl';
import type { SyncService } from '../sync/syncService';
import type { HandlerTable } from './handlerTable';

export function createHandlers(
  deps: AppCoreDeps,
  auth: AuthService,
  sync: SyncService,
): HandlerTable {
  return {
    'app.info': () => deps.info,
    'auth.status': () => auth.state(),
    'auth.connect': (input) => auth.connect(input),
    'auth.cancel': () => auth.cancel(),
    'auth.reconnect': ({ key }) => auth.reconnect(key),
    'auth.switch': ({ key }) => auth.switchTo(key),
    'auth.disconnect': async ({ key, deleteLocalData }) => {
      await sync.forget(key);
      return auth.disconnect(key, deleteLocalData);
    },
    'sync.status': () => sync.status(),
    'sync.now': () => sync.syncNow(),
    'sync.pause': () => sync.pause(),
    'sync.resume': () => sync.resume(),
    'links.open': async ({ url }) => {
      const opened = await openExternalSafely(url, deps.openExternal);
      if (!opened) deps.logger.warn('Refused to open a link with a scheme Roadbook does not allow');
      return { opened };
    },
  };
}
