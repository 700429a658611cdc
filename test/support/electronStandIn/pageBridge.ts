// Runs in a Chromium page in place of the preload, for the boot test: window.api is built from
// the contract over two page bindings, and every call goes to the real preload in the app
// process (through the test), so the page sees exactly what main answers and sends.
import { buildApi } from '../../../src/shared/ipc/buildApi';
import type { EventChannel } from '../../../src/shared/ipc/channels';
import type { IpcResult } from '../../../src/shared/ipc/result';

type PageGlobals = {
  api: unknown;
  __roadbookInvoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  __roadbookPush(channel: EventChannel, payload: unknown): void;
};

const page = globalThis as unknown as PageGlobals;
const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
page.__roadbookPush = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};
page.api = buildApi({
  invoke: (channel, input) => page.__roadbookInvoke(channel, input),
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  },
});
