import type { AppCoreDeps } from '../appCore';
import { openExternalSafely } from '../security/externalUrl';
import type { HandlerTable } from './handlerTable';

export function createHandlers(deps: AppCoreDeps): HandlerTable {
  return {
    'app.info': () => deps.info,
    'connection.status': () => ({ state: 'not-connected' }),
    'links.open': async ({ url }) => {
      const opened = await openExternalSafely(url, deps.openExternal);
      if (!opened) deps.logger.warn('Refused to open a link with a scheme Roadbook does not allow');
      return { opened };
    },
  };
}
