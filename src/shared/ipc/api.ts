import type { EventChannel, InvokeChannel } from './channels';
import type { EventPayload, InvokeInput, InvokeOutput } from './contract';
import type { IpcResult } from './result';

type Segments<C extends string> = C extends `${infer Ns}.${infer Method}` ? [Ns, Method] : never;
type Namespaces = Segments<InvokeChannel>[0];
type MethodsOf<Ns extends string> = {
  [C in InvokeChannel as Segments<C>[0] extends Ns ? Segments<C>[1] : never]: (
    input: InvokeInput<C>,
  ) => Promise<IpcResult<InvokeOutput<C>>>;
};

/** What the preload exposes as window.api: one method per channel, grouped by namespace. */
export type AppApi = { [Ns in Namespaces]: MethodsOf<Ns> } & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
