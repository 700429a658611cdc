import type Database from 'better-sqlite3';
import type { SearchOutput } from '../../shared/ipc/views';
import { hitOf, searchRows } from '../store/searchIndex';
import { searchTerms } from '../store/searchTerms';
import { matchedField } from './matchedField';

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * The search palette's answer: each object's first matches, each with the field that matched
 * when the name does not show it, deals with their stage and amount, and whether more matched
 * than were sent.
 */
export function searchResults(
  db: Database.Database,
  text: string,
  perType: number,
): SearchOutput['groups'] {
  const words = (value: string) => searchTerms(db, value.normalize('NFKC'));
  const terms = words(text).slice(0, 12);
  return searchRows(db, text, perType + 1).map(({ spec, rows }) => ({
    object: spec.name,
    more: rows.length > perType,
    hits: rows.slice(0, perType).map(({ id, record }) => {
      const matched = spec.search ? matchedField(record, spec.search, terms, words) : undefined;
      return {
        ...hitOf(spec, id, record),
        ...(matched ? { matched } : {}),
        ...(spec.name === 'Opportunity'
          ? {
              deal: {
                stage: typeof record['StageName'] === 'string' ? record['StageName'] : null,
                amount: numberOrNull(record['Amount']),
                currency:
                  typeof record['CurrencyIsoCode'] === 'string' ? record['CurrencyIsoCode'] : null,
              },
            }
          : {}),
      };
    }),
  }));
}
