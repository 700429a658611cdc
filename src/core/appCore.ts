import type { AppInfo } from '../shared/ipc/contract';
import { parseDeepLink } from './deepLink/parseDeepLink';
import { createEventBus, type EventBus } from './events';
import type { HandlerTable } from './ipc/handlerTable';
import { createHandlers } from './ipc/createHandlers';
import type { Logger } from './logger';

export type AppCoreDeps = {
  info: AppInfo;
  /** The operating system's browser/mail/phone opener (shell.openExternal in Electron). */
  openExternal: (url: string) => Promise<void>;
  logger: Logger;
};

export type DeepLinkOutcome = { handled: boolean; message: string };

export type AppCore = {
  handlers: HandlerTable;
  events: EventBus;
  handleDeepLink(raw: unknown): Promise<DeepLinkOutcome>;
};

/** Everything Electron main and the browser test bed share: one handler table, one event bus. */
export function createAppCore(deps: AppCoreDeps): AppCore {
  const events = createEventBus();
  const handlers = createHandlers(deps);

  async function handleDeepLink(raw: unknown): Promise<DeepLinkOutcome> {
    const parsed = parseDeepLink(raw);
    if (!parsed.ok) {
      deps.logger.warn(`Ignored a deep link: ${parsed.reason}`);
      return {
        handled: false,
        message: `Roadbook ignored a link it did not expect (${parsed.reason}).`,
      };
    }
    deps.logger.warn('Ignored a sign-in callback: no sign-in is in progress');
    return { handled: false, message: 'No sign-in is in progress, so the link was ignored.' };
  }

  return { handlers, events, handleDeepLink };
}
