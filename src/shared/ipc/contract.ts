import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './channels';

const noInput = z.object({}).strict();

export const connectionStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('not-connected') }),
]);
export type ConnectionStatus = z.infer<typeof connectionStatus>;

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['electron', 'web-test-bed']),
});
export type AppInfo = z.infer<typeof appInfo>;

/** channel → input schema (parsed in main) → output schema (the renderer's view of the value). */
export const invokeContract = {
  'app.info': { input: noInput, output: appInfo },
  'connection.status': { input: noInput, output: connectionStatus },
  'links.open': {
    input: z.object({ url: z.string().min(1).max(2048) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>;

/** main → renderer pushes. */
export const eventContract = {
  'connection.changed': connectionStatus,
} as const satisfies Record<EventChannel, z.ZodType>;

export type InvokeInput<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['input']>;
export type ParsedInput<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;
