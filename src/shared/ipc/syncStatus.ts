import { z } from 'zod';
import { cacheProblemCodes } from './result';

export const syncStatus = z.object({
  state: z.enum(['not-connected', 'idle', 'syncing', 'paused', 'offline', 'needs-attention']),
  /** Epoch ms of the last sync that finished, for "Synced 2 min ago". */
  lastSuccess: z.number().nullable(),
  records: z.number(),
  progress: z.array(
    z.object({
      object: z.string(),
      done: z.number(),
      total: z.number().optional(),
      /** Every row of this object is on this computer: its views can show it now. */
      stored: z.boolean().optional(),
    }),
  ),
  message: z.string().nullable(),
  pausedUntil: z.number().nullable(),
  /** Paused by the rep (not by the API budget). */
  pausedByUser: z.boolean(),
  apiUsage: z.object({ used: z.number(), max: z.number() }).nullable(),
  /** Local changes not yet in Salesforce, and how many of them wait for the rep. */
  changes: z.object({ waiting: z.number(), attention: z.number() }),
  /**
   * The computer itself has no network (the OS says so): what needs it is off until it is back.
   * Left out or false when only Salesforce could not be reached, which Sync now may retry.
   */
  noNetwork: z.boolean().optional(),
  /** The cache cannot be used (the message says why and what to do); null when it can. */
  cacheProblem: z.enum(cacheProblemCodes).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatus>;

/** Before anything is known: no connection, nothing synced, nothing waiting. */
export const notConnectedStatus: SyncStatus = {
  state: 'not-connected',
  lastSuccess: null,
  records: 0,
  progress: [],
  message: null,
  pausedUntil: null,
  pausedByUser: false,
  apiUsage: null,
  changes: { waiting: 0, attention: 0 },
  cacheProblem: null,
};
