import type { InvokeChannel } from '../../shared/ipc/channels';
import { invokeChannels } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/result';
import type { HandlerTable } from '../../core/ipc/handlerTable';
import { invokeHandler } from '../../core/ipc/invokeHandler';
import type { Logger } from '../../core/log/logger';
import { isTrustedSender, type SenderFrameLike } from './senderPolicy';

/** The slice of Electron's ipcMain that registration uses, so tests can pass a fake. */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (
      event: { senderFrame: SenderFrameLike },
      input: unknown,
    ) => Promise<IpcResult<unknown>>,
  ): void;
};

export type Registrar = { register(channel: InvokeChannel): void; registerAll(): void };

/**
 * The one choke point for renderer → main calls: checks the sender frame, validates input with
 * the contract's schema, maps every failure to `{ ok: false, code, message }`, and refuses to
 * register a channel twice.
 */
export function createRegistrar(
  ipcMain: IpcMainLike,
  table: HandlerTable,
  logger: Logger,
  devServerUrl?: string,
): Registrar {
  const registered = new Set<string>();
  const register = (channel: InvokeChannel) => {
    if (registered.has(channel)) throw new Error(`IPC channel ${channel} is already registered`);
    registered.add(channel);
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event.senderFrame, devServerUrl)) {
        logger.warn(`Rejected ${channel} from an untrusted frame`);
        return {
          ok: false,
          code: 'FORBIDDEN_SENDER',
          message: 'This window may not call Roadbook.',
        };
      }
      return invokeHandler(table, channel, input, (ch, error) =>
        logger.error(`Handler ${ch} failed`, error),
      );
    });
  };
  return { register, registerAll: () => invokeChannels.forEach(register) };
}
