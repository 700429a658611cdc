/**
 * What the window keeps about an org on this computer (localStorage): the records opened lately
 * and each table's filters. That is names and what the rep typed, so it goes with the org's
 * local data when the rep deletes it.
 */
const prefix = (connection: string) => `roadbook.org.${connection}.`;

export const orgKey = (connection: string, what: string) => `${prefix(connection)}${what}`;

/** Keys earlier builds used: recent records per org, and filters shared by every org. */
const earlier = (connection: string, key: string) =>
  key === `roadbook.recent.${connection}` || key.startsWith('roadbook.view.');

/** Removes everything kept about the org. */
export function forgetOrg(storage: Storage, connection: string): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (key): key is string =>
      key !== null && (key.startsWith(prefix(connection)) || earlier(connection, key)),
  );
  for (const key of keys) storage.removeItem(key);
}
