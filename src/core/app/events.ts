import type { EventChannel } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';

type Listener = (event: EventChannel, payload: unknown) => void;

/** The core's outgoing events; main forwards them to windows, the test bed to its page. */
export type EventBus = {
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: Listener): () => void;
};

export function createEventBus(): EventBus {
  const listeners = new Set<Listener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
