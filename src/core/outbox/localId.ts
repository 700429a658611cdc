import { randomInt } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const prefix = 'local';

/**
 * A record created offline gets an id shaped like a Salesforce id (18 letters and digits, so
 * every view and IPC schema takes it) that no Salesforce id has: no key prefix starts "loc".
 */
export function newLocalId(): string {
  let id = prefix;
  for (let i = 0; i < 13; i++) id += alphabet[randomInt(alphabet.length)];
  return id;
}

export const isLocalId = (id: string) => id.startsWith(prefix);

/** Local ids inside a change's values (a task's WhoId pointing at a lead created offline). */
export const localIdsIn = (values: Record<string, unknown>) =>
  Object.values(values).filter((v): v is string => typeof v === 'string' && isLocalId(v));
