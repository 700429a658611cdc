import { z } from 'zod';

/**
 * The objects (API names) whose load into this cache is under way, and whose records this answer
 * therefore leaves out: a first sync, a reload after "delete local data" or a rebuild. The
 * window shows such an object's progress ("Loading leads… 120,000 of 400,000") rather than a
 * partial table. Empty when every object the answer reads is here.
 */
export const loadingObjects = z.array(z.string());
