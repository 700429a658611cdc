import { useCallback, useEffect, useRef, useState } from 'react';
import { searchedObjects, type SearchHit } from '../../../shared/ipc/views';
import { api } from '../api';

/** Matches listed per kind at first and added by each "Show more". */
export const resultsPage = 50;

type Kind = (typeof searchedObjects)[number];
export type KindResults = { object: Kind; total: number; hits: SearchHit[] };

/**
 * Every match of a query, per kind: the first page of each at once, then a page more of one kind
 * at a time. Totals are the cache's own counts, not capped.
 */
export function useAllResults(query: string) {
  const [kinds, setKinds] = useState<KindResults[]>();
  const [error, setError] = useState<string>();
  const asking = useRef(new Set<Kind>());

  useEffect(() => {
    let current = true;
    void Promise.all(
      searchedObjects.map((object) =>
        api().search.page({ text: query, object, offset: 0, limit: resultsPage }),
      ),
    ).then((answers) => {
      if (!current) return;
      const failed = answers.find((a) => !a.ok);
      if (failed && !failed.ok) return setError(failed.message);
      setKinds(
        answers.flatMap((a, i) =>
          a.ok && a.value.total > 0 ? [{ object: searchedObjects[i]!, ...a.value }] : [],
        ),
      );
    });
    return () => {
      current = false;
    };
  }, [query]);

  const more = useCallback(
    (kind: KindResults) => {
      if (asking.current.has(kind.object)) return;
      asking.current.add(kind.object);
      void api()
        .search.page({
          text: query,
          object: kind.object,
          offset: kind.hits.length,
          limit: resultsPage,
        })
        .then((answer) => {
          asking.current.delete(kind.object);
          if (!answer.ok) return setError(answer.message);
          setKinds((all) =>
            all?.map((k) =>
              k.object === kind.object
                ? { ...k, total: answer.value.total, hits: [...k.hits, ...answer.value.hits] }
                : k,
            ),
          );
        });
    },
    [query],
  );

  return { kinds, error, more };
}
