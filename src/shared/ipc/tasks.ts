import { z } from 'zod';
import { loadingObjects } from './loading';

/** The rep's tasks, grouped by when they are due. */

const taskGroups = ['overdue', 'today', 'upcoming', 'completed'] as const;
export type TaskGroup = (typeof taskGroups)[number];

/** A record a task is about, with the name the rep knows it by. */
const related = z
  .object({
    object: z.enum(['Lead', 'Contact', 'Opportunity', 'Account']),
    id: z.string(),
    name: z.string(),
  })
  .nullable();

export const taskItem = z.object({
  id: z.string(),
  subject: z.string(),
  status: z.string().nullable(),
  dueDate: z.string().nullable(),
  closed: z.boolean(),
  /** A change to this task is waiting for Salesforce. */
  pending: z.boolean(),
  who: related,
  what: related,
});
export type TaskItem = z.infer<typeof taskItem>;

export const tasksInput = z.object({ perGroup: z.number().int().min(1).max(500) }).strict();
export const tasksOutput = z.object({
  groups: z.array(
    z.object({ group: z.enum(taskGroups), count: z.number(), tasks: z.array(taskItem) }),
  ),
  loading: loadingObjects,
});
export type TasksOutput = z.infer<typeof tasksOutput>;
