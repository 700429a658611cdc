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

/** The rep's own Events that sync: those starting within these whole days around today. */
const eventWindow = z
  .object({
    daysBack: z.number().int().min(0).max(365),
    daysAhead: z.number().int().min(0).max(365),
  })
  .strict();
export type EventWindow = z.infer<typeof eventWindow>;
export const defaultEventWindow: EventWindow = { daysBack: 30, daysAhead: 90 };

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
    // Settings saved before Events synced have no window; they keep their other choices.
    eventWindow: eventWindow.default(defaultEventWindow),
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
  eventWindow: defaultEventWindow,
};
