import type Database from 'better-sqlite3';
import { searchedObjects, type SearchHit, type SearchOutput } from '../../shared/ipc/views';
import { cachedDescribe } from '../schema/fieldList';
import { hitOf, searchFields, searchObjectPage, searchRows } from '../store/searchIndex';
import { searchTerms } from '../store/searchTerms';
import { specFor, type ObjectSpec, type SearchFields } from '../schema/objectSpecs';
import { loadingAmong } from './loadingAmong';
import { matchedField } from './matchedField';

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * How a question's hits are shown: each with the field that matched when the name does not show
 * it, by its label from describe, and deals with their stage and amount.
 */
function hitMaker(db: Database.Database, text: string) {
  const words = (value: string) => searchTerms(db, value.normalize('NFKC'));
  const terms = words(text).slice(0, 12);
  // Read once per object and question: describe is a large JSON and a page holds many hits.
  const known = new Map<string, { labels: Map<string, string>; foundBy?: SearchFields }>();
  const about = (spec: ObjectSpec) => {
    let found = known.get(spec.name);
    if (!found) {
      const described = cachedDescribe(db, spec.name) ?? [];
      found = {
        labels: new Map(described.map((f) => [f.name, f.label])),
        foundBy: searchFields(db, spec),
      };
      known.set(spec.name, found);
    }
    return found;
  };
  return (spec: ObjectSpec, id: string, record: Record<string, unknown>): SearchHit => {
    const { labels, foundBy } = about(spec);
    const labelOf = (field: string) => labels.get(field) ?? field;
    const matched = foundBy ? matchedField(record, foundBy, terms, words, labelOf) : undefined;
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
  };
}

/** The search palette's answer: each object's first matches, and whether more matched. */
export function searchResults(
  db: Database.Database,
  text: string,
  perType: number,
): SearchOutput['groups'] {
  const hit = hitMaker(db, text);
  return searchRows(db, text, perType + 1).map(({ spec, rows }) => ({
    object: spec.name,
    more: rows.length > perType,
    hits: rows.slice(0, perType).map(({ id, record }) => hit(spec, id, record)),
  }));
}

/**
 * The searched objects still loading: a first load writes their search entries in one pass when
 * it ends (store/searchFill.ts), so until then search finds none of them.
 */
export const searchLoading = (db: Database.Database): string[] => loadingAmong(db, searchedObjects);

/** One page of every match of one object, and how many match in all. */
export function searchPage(
  db: Database.Database,
  text: string,
  object: string,
  offset: number,
  limit: number,
): { total: number; hits: SearchHit[] } {
  const spec = specFor(object);
  const hit = hitMaker(db, text);
  const { total, rows } = searchObjectPage(db, text, spec, offset, limit);
  return { total, hits: rows.map(({ id, record }) => hit(spec, id, record)) };
}
