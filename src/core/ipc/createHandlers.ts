import type { AppCoreDeps } from '../appCore';
import type { AuthService } from '../auth/authService';
import { openExternalSafely } from '../security/externalUrl';
import type { HandlerTable } from './handlerTable';

export function createHandlers(deps: AppCoreDeps, auth: AuthService): HandlerTable {
  return {
    'app.info': () => deps.info,
    'auth.status': () => auth.state(),
    'auth.connect': (input) => auth.connect(input),
    'auth.cancel': () => auth.cancel(),
    'auth.reconnect': ({ key }) => auth.reconnect(key),
    'auth.switch': ({ key }) => auth.switchTo(key),
    'auth.disconnect': ({ key, deleteLocalData }) => auth.disconnect(key, deleteLocalData),
    'links.open': async ({ url }) => {
      const opened = await openExternalSafely(url, deps.openExternal);
      if (!opened) deps.logger.warn('Refused to open a link with a scheme Roadbook does not allow');
      return { opened };
    },
  };
}
