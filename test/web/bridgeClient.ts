// Runs in the test-bed page in place of the Electron preload: the same buildApi over HTTP.
import { buildApi } from '../../src/shared/ipc/buildApi';
import type { EventChannel } from '../../src/shared/ipc/channels';
import type { IpcResult } from '../../src/shared/ipc/result';

type Pushed =
  { kind: 'event'; event: EventChannel; payload: unknown } | { kind: 'open-external'; url: string };

const script = document.currentScript as HTMLScriptElement;
const base = new URL('.', script.src).href;
const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();

const stream = new EventSource(`${base}events`);
stream.onmessage = (message) => {
  const pushed = JSON.parse(message.data as string) as Pushed;
  if (pushed.kind === 'open-external') {
    window.open(pushed.url, '_blank', 'noopener');
    return;
  }
  for (const listener of listeners.get(pushed.event) ?? []) listener(pushed.payload);
};

window.api = buildApi({
  async invoke(channel, input) {
    const response = await fetch(`${base}invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    return (await response.json()) as IpcResult<unknown>;
  },
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
});
