import { z } from 'zod';
import { loadingObjects } from './loading';
import { isRealDay } from '../periods';

/** The rep's Events over a run of days: "Today" on Home, a week ahead. */

const isoDay = z.string().refine(isRealDay, 'not a YYYY-MM-DD date');
const maxDays = 62;

export const eventsInput = z
  .object({
    /** The first and last day shown, both included, in the rep's own calendar. */
    fromDay: isoDay,
    toDay: isoDay,
    /** The rep's zone on those days, minutes east of UTC (UTC+1 is 60). */
    utcOffsetMinutes: z
      .number()
      .int()
      .min(-14 * 60)
      .max(14 * 60),
  })
  .strict()
  .refine((input) => input.fromDay <= input.toDay, 'the last day is before the first')
  .refine(
    (input) => Date.parse(input.toDay) - Date.parse(input.fromDay) < maxDays * 86_400_000,
    `at most ${maxDays} days`,
  );
export type EventsInput = z.infer<typeof eventsInput>;

const text = z.string().nullable();
const meeting = z.object({
  id: z.string(),
  subject: text,
  /** Salesforce's UTC times; an all-day event's are midnight UTC of its first and last day. */
  start: text,
  end: text,
  allDay: z.boolean(),
  location: text,
  description: text,
  /** Made or changed here and not in Salesforce yet. */
  unsent: z.boolean(),
  /** The account it is about: its own, its deal's, or its contact's. */
  account: z
    .object({
      id: z.string(),
      name: text,
      street: text,
      city: text,
      state: text,
      postalCode: text,
      country: text,
      phone: text,
    })
    .nullable(),
  /** The contact or lead it is with. */
  who: z
    .object({ id: z.string(), object: z.enum(['Contact', 'Lead']), name: text, phone: text })
    .nullable(),
  /** The deal it is about, when it is about one. */
  opportunity: z.object({ id: z.string(), name: text }).nullable(),
});
export type Meeting = z.infer<typeof meeting>;
export const eventsOutput = z.object({ events: z.array(meeting), loading: loadingObjects });
