import { z } from 'zod';
import { loadingObjects } from './loading';
import { taskItem } from './tasks';
import { salesforceId } from './views';

/**
 * A record's related lists beyond what its own page shows. A contact's deals and a deal's
 * contacts come from the deals' contact roles; a cache that holds no roles yet (synced before
 * roles were) shows those of the same account instead, and says so.
 */

export const relatedInput = z
  .object({ object: z.enum(['Lead', 'Account', 'Contact', 'Opportunity']), id: salesforceId })
  .strict();

const text = z.string().nullable();
const account = z.object({ id: z.string(), name: text });
const deal = z.object({
  id: z.string(),
  name: text,
  stage: text,
  amount: z.number().nullable(),
  closeDate: text,
  closed: z.boolean(),
});
const contact = z.object({ id: z.string(), name: text, title: text, phone: text, email: text });
/** The role one contact plays on one deal (a contact may play two). */
const role = { roleId: z.string(), role: text, primary: z.boolean() };

export const relatedOutput = z.object({
  /** Open tasks on the record (on an account, on its contacts and deals too), soonest first. */
  openTasks: z.array(taskItem),
  openTaskCount: z.number(),
  /** A contact's account's deals, open first; null when the contact has no account. */
  accountDeals: z.object({ account, deals: z.array(deal) }).nullable(),
  /** A deal's account's contacts; null when the deal has no account. */
  accountContacts: z.object({ account, contacts: z.array(contact) }).nullable(),
  /** A contact's deals through its roles, open first; null when the cache holds no roles. */
  contactDeals: z.array(deal.extend(role)).nullable(),
  /** A deal's contact roles, the primary first; null when the cache holds no roles. */
  contactRoles: z.array(contact.extend(role)).nullable(),
  loading: loadingObjects,
});
export type RelatedOutput = z.infer<typeof relatedOutput>;
