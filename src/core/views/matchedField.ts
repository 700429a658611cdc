/** The fields a record is found by, as the search index lists them per object. */
export type FoundBy = { title: string[]; emails: string[]; phones: string[] };

export type MatchedField = { label: string; value: string };

const texts = (record: Record<string, unknown>, fields: string[]) =>
  fields
    .map((field) => ({ field, value: record[field] }))
    .filter(
      (f): f is { field: string; value: string } => typeof f.value === 'string' && f.value !== '',
    );

/**
 * Why a record came up, when its name does not say: the email or phone that matched the rep's
 * words, by its label ("Email: …", "Mobile Phone: …", an org's own label for a custom field).
 * `words` cuts text as the search index does; phones are also found by their digits alone.
 * Undefined when the name matches every word (the highlight shows it) or nothing else matched.
 */
export function matchedField(
  record: Record<string, unknown>,
  foundBy: FoundBy,
  terms: string[],
  words: (text: string) => string[],
  labelOf: (field: string) => string,
): MatchedField | undefined {
  const matches = (tokens: string[]) => (term: string) => tokens.some((t) => t.startsWith(term));
  const inTitle = matches(texts(record, foundBy.title).flatMap((f) => words(f.value)));
  const left = terms.filter((term) => !inTitle(term));
  if (left.length === 0) return undefined;
  // Cut only when the name left a word unmatched: most hits match by name.
  const candidates = [
    ...texts(record, foundBy.emails).map((f) => ({ ...f, tokens: () => words(f.value) })),
    ...texts(record, foundBy.phones).map((f) => ({
      ...f,
      tokens: () => [...words(f.value), f.value.replace(/\D/g, '')],
    })),
  ];
  const found = candidates.find((c) => left.some(matches(c.tokens())));
  return found ? { label: labelOf(found.field), value: found.value } : undefined;
}
