import { z } from 'zod';
import type { AppCore } from '../../src/core/app/appCore';
import type { HandlerTable } from '../../src/core/ipc/handlerTable';
import type { EventChannel, InvokeChannel } from '../../src/shared/ipc/channels';
import { eventContract, invokeContract } from '../../src/shared/ipc/contract';
import { IpcError } from '../../src/shared/ipc/result';

const breachOf = (what: string, schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? undefined
    : `${what} outside the contract:\n${z.prettifyError(parsed.error)}`;
};

/** Why an answer on `channel` is not what the contract's output schema promises; undefined if it is. */
export const answerBreach = (channel: InvokeChannel, value: unknown) =>
  breachOf(`${channel} answered`, invokeContract[channel].output, value);

export const eventBreach = (event: EventChannel, payload: unknown) =>
  breachOf(`The ${event} event pushed`, eventContract[event], payload);

/**
 * The core with every handler's answer parsed by the contract's output schema. An answer that
 * does not match is recorded in `breaches` and fails the call with a message naming the
 * channel, which `invokeHandler` passes through to the test unchanged.
 */
export function checkedCore(core: AppCore, breaches: string[]): AppCore {
  const handlers = Object.fromEntries(
    (Object.keys(invokeContract) as InvokeChannel[]).map((channel) => {
      const handler = core.handlers[channel] as (input: unknown) => unknown;
      const checked = async (input: unknown) => {
        const value = await handler(input);
        const breach = answerBreach(channel, value);
        if (!breach) return value;
        breaches.push(breach);
        throw new IpcError('INTERNAL', breach);
      };
      return [channel, checked];
    }),
  ) as HandlerTable;
  return { ...core, handlers };
}
