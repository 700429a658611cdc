import { z } from 'zod';

/** The objects a lookup picker looks in: those Roadbook caches with a name. */
export const lookupObject = z.enum(['Account', 'Contact', 'User', 'Opportunity', 'Lead']);

/** Cached records of one object whose name holds every word typed, for a lookup's picker. */
export const lookupChoicesInput = z
  .object({ object: lookupObject, text: z.string().max(100) })
  .strict();

export const lookupChoicesOutput = z.object({
  choices: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** What tells two of one name apart: an account's city, a contact's account, a title. */
      detail: z.string().nullable(),
    }),
  ),
});
export type LookupChoices = z.infer<typeof lookupChoicesOutput>;
