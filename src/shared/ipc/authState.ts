import { z } from 'zod';

/** orgId-userId: the key of a connection and of its cache file. */
export const connectionKey = z
  .string()
  .regex(/^00D[A-Za-z0-9]{15}-005[A-Za-z0-9]{15}$/, 'not a connection key');

const connectionSummary = z.object({
  key: connectionKey,
  username: z.string(),
  displayName: z.string(),
  orgName: z.string(),
  instanceHost: z.string(),
  loginHost: z.string(),
  isSandbox: z.boolean(),
  /** The org's default currency (ISO code); null when Salesforce did not say. */
  currency: z.string().nullable(),
  state: z.enum(['connected', 'reconnect-needed']),
  /** Why a reconnect is needed, in a rep's words. */
  reason: z.string().optional(),
  active: z.boolean(),
});
export type ConnectionSummary = z.infer<typeof connectionSummary>;

/** Everything the renderer knows about sign-in: never a token, never a session URL. */
export const authState = z.object({
  connections: z.array(connectionSummary),
  pending: z.object({ loginHost: z.string(), expiresAt: z.number() }).nullable(),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
  vault: z.object({ persistent: z.boolean(), reason: z.string().optional() }),
  defaults: z.object({ loginHost: z.string(), clientId: z.string() }),
});
export type AuthState = z.infer<typeof authState>;

export const connectInput = z
  .object({
    loginHost: z.string().min(1).max(255),
    clientId: z
      .string()
      .min(1)
      .max(255)
      .regex(
        /^[A-Za-z0-9._-]+$/,
        'a consumer key has letters, digits, dots, dashes and underscores only',
      ),
  })
  .strict();
