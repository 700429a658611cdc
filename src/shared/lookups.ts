/**
 * Lookups as a rep reads them: by the name of the record they point at, under the label
 * Lightning gives them. Describe labels a standard lookup "Account ID"; Lightning shows "Account".
 */
export const lookupLabel = (label: string, type: string): string =>
  type === 'reference' ? label.replace(/ ID$/, '') : label;

/** Where a row carries the name of the record one of its lookups points at. */
export const lookupNameKey = (field: string): string => `${field}.Name`;

/** The objects Roadbook caches with a name, by the key prefix their ids start with. */
export const namedObjectPrefixes = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '006': 'Opportunity',
  '00Q': 'Lead',
} as const;
export type NamedObject = (typeof namedObjectPrefixes)[keyof typeof namedObjectPrefixes];

/** The object a Salesforce id belongs to, when it is one Roadbook caches with a name. */
export function namedObjectOf(id: string): NamedObject | null {
  return namedObjectPrefixes[id.slice(0, 3) as keyof typeof namedObjectPrefixes] ?? null;
}
