import type { AppApi } from './api';
import { eventChannels, invokeChannels, type EventChannel, type InvokeChannel } from './channels';
import type { IpcResult } from './result';

export type Transport = {
  invoke(channel: InvokeChannel, input: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: EventChannel, listener: (payload: unknown) => void): () => void;
};

/**
 * Builds window.api from the channel list over any transport: Electron's ipcRenderer in the
 * preload, HTTP in the browser test bed. Both therefore expose exactly the same surface.
 */
export function buildApi(transport: Transport): AppApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const channel of invokeChannels) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (input: unknown) => transport.invoke(channel, input ?? {});
  }
  const on = (event: EventChannel, listener: (payload: unknown) => void) => {
    if (!(eventChannels as readonly string[]).includes(event)) {
      throw new Error(`Unknown event: ${String(event)}`);
    }
    return transport.subscribe(event, listener);
  };
  return { ...api, on } as unknown as AppApi;
}
