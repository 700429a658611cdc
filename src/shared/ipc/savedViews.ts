import { z } from 'zod';
import { listQuestion } from './views';

/** The tables a rep can save views of. */
const savedViewTable = z.enum(['leads', 'accounts', 'contacts', 'opportunities']);
export type SavedViewTable = z.infer<typeof savedViewTable>;

/** A named filter, sort and set of columns the rep picks again from the Views menu. */
export const savedView = z
  .object({
    name: z.string().trim().min(1).max(60),
    question: listQuestion,
    /** Columns shown (true) or hidden (false) where the rep changed them from the default. */
    columns: z.record(z.string().regex(/^[A-Za-z_]{1,60}$/), z.boolean()),
  })
  .strict();
export type SavedView = z.infer<typeof savedView>;

const savedViewList = z.array(savedView).max(50);

export const savedViewsInput = z.object({ table: savedViewTable }).strict();
export const setSavedViewsInput = z
  .object({ table: savedViewTable, views: savedViewList })
  .strict();
export const savedViewsOutput = z.object({ views: savedViewList });
