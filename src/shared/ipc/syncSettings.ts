import { z } from 'zod';

/** The objects whose reach a rep chooses; users, stages and the rep's own tasks always sync. */
export const scopedObjects = ['Account', 'Contact', 'Opportunity', 'Lead'] as const;
export type ScopedObject = (typeof scopedObjects)[number];

export const intervalChoices = [5, 10, 15, 30, 60] as const;
export const capChoices = [10_000, 50_000, 100_000, 250_000, 500_000] as const;

const objectScope = z
  .object({
    /** 'mine': only records the rep owns. */
    scope: z.enum(['all', 'mine']),
    /** At most this many records, the most recently changed; null: every one in scope. */
    cap: z
      .number()
      .refine((n) => (capChoices as readonly number[]).includes(n), 'not one of the offered caps')
      .nullable(),
  })
  .strict();
export type ObjectScope = z.infer<typeof objectScope>;

export const syncSettings = z
  .object({
    intervalMinutes: z
      .number()
      .refine(
        (n) => (intervalChoices as readonly number[]).includes(n),
        'not one of the offered intervals',
      ),
    objects: z
      .object(
        Object.fromEntries(scopedObjects.map((o) => [o, objectScope])) as Record<
          ScopedObject,
          typeof objectScope
        >,
      )
      .strict(),
  })
  .strict();
export type SyncSettings = z.infer<typeof syncSettings>;

export const defaultSyncSettings: SyncSettings = {
  intervalMinutes: 10,
  objects: {
    Account: { scope: 'all', cap: null },
    Contact: { scope: 'all', cap: null },
    Opportunity: { scope: 'all', cap: null },
    // Orgs keep millions of old leads; a laptop needs the live ones.
    Lead: { scope: 'all', cap: 250_000 },
  },
};
