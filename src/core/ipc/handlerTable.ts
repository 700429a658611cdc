import type { InvokeChannel } from '../../shared/ipc/channels';
import type { InvokeOutput, ParsedInput } from '../../shared/ipc/contract';

type Handler<C extends InvokeChannel> = (
  input: ParsedInput<C>,
) => Promise<InvokeOutput<C>> | InvokeOutput<C>;

/** One handler per channel; the type makes a missing or misspelled channel a compile error. */
export type HandlerTable = { [C in InvokeChannel]: Handler<C> };
