import { invokeChannels, type InvokeChannel } from '../../shared/ipc/channels';
import { invokeContract } from '../../shared/ipc/contract';
import { IpcError, type IpcResult } from '../../shared/ipc/result';
import { cacheProblemOf } from '../store/cacheProblems';
import type { HandlerTable } from './handlerTable';

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && (invokeChannels as readonly string[]).includes(channel);
}

// Keys and values in zod's messages come from the caller: a 1 MB key must not make a 1 MB answer.
const shownChars = 120;
const shorten = (text: string) =>
  text.length > shownChars ? `${text.slice(0, shownChars)}… (${text.length} characters)` : text;

/**
 * Validates the renderer's input against the contract, runs the handler and turns every
 * failure into a typed result. Internal error details stay in main: the renderer gets a code
 * and a message meant for it, never a stack or a file path.
 */
export async function invokeHandler(
  table: HandlerTable,
  channel: unknown,
  rawInput: unknown,
  onInternalError: (channel: string, error: unknown) => void = () => {},
): Promise<IpcResult<unknown>> {
  if (!isInvokeChannel(channel)) {
    return { ok: false, code: 'UNKNOWN_CHANNEL', message: 'Unknown request.' };
  }
  const parsed = invokeContract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue && issue.path.length > 0 ? ` at "${shorten(issue.path.map(String).join('.'))}"` : '';
    return {
      ok: false,
      code: 'INVALID_INPUT',
      message: `Invalid request to ${channel}${where}: ${shorten(issue?.message ?? 'malformed input')}`,
    };
  }
  try {
    const handler = table[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof IpcError) return { ok: false, code: error.code, message: error.message };
    onInternalError(channel, error);
    // A cache that breaks under a query (a damaged page, a full disk) says so, with the way out.
    const problem = cacheProblemOf(error);
    if (problem) return { ok: false, code: problem.code, message: problem.message };
    return { ok: false, code: 'INTERNAL', message: 'Something went wrong in Roadbook.' };
  }
}
