import { z } from 'zod';
import { loadingObjects } from './loading';
import { taskItem } from './tasks';
import { salesforceId } from './views';

/** A record's activity timeline: its calls, tasks and meetings, newest day first. */

export const timelineInput = z
  .object({
    id: salesforceId,
    limit: z.number().int().min(1).max(500),
    /** The rep's zone, minutes east of UTC: a meeting belongs to the rep's day it starts on. */
    utcOffsetMinutes: z
      .number()
      .int()
      .min(-14 * 60)
      .max(14 * 60),
  })
  .strict();
export type TimelineInput = z.infer<typeof timelineInput>;

const timelineItem = z.object({
  kind: z.enum(['call', 'task', 'meeting']),
  id: z.string(),
  subject: z.string(),
  /** Salesforce's UTC start of a timed meeting; null for tasks and all-day meetings. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  /** A task's status ("Completed"); null for meetings. */
  status: z.string().nullable(),
  closed: z.boolean(),
  /** Made or changed here and not in Salesforce yet. */
  pending: z.boolean(),
  who: taskItem.shape.who,
  what: taskItem.shape.what,
});
export type TimelineItem = z.infer<typeof timelineItem>;

export const timelineOutput = z.object({
  /** Each day (YYYY-MM-DD in the rep's zone) with what happened or is due on it; undated last. */
  days: z.array(z.object({ day: z.string().nullable(), items: z.array(timelineItem) })),
  /** How many items the record has in all, shown or not. */
  total: z.number(),
  loading: loadingObjects,
});
export type TimelineOutput = z.infer<typeof timelineOutput>;
