/**
 * A search-index row id is `rowid * searchIdStride + slot`, the slot being the object's place in
 * `searchObjectOrder`: an edit finds a row's entry from its table's rowid, and a search for one
 * object keeps the ids with its slot. Every cache holds ids made this way, so a place never
 * changes and a new object goes at the end; a ninth needs a wider stride and a migration that
 * rebuilds the index.
 */
export const searchIdStride = 8;

export const searchObjectOrder: readonly string[] = [
  'User',
  'OpportunityStage',
  'Account',
  'Contact',
  'Opportunity',
  'Lead',
  'Task',
  'Event',
];

export function searchSlot(object: string): number {
  const slot = searchObjectOrder.indexOf(object);
  if (slot < 0) throw new Error(`${object} has no place in the search index`);
  return slot;
}
