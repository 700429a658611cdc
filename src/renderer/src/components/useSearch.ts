import { useRef, useState } from 'react';
import type { SearchOutput } from '../../../shared/ipc/views';
import { api } from '../api';

/** As many of each object as type-ahead shows; "Show all results" lists every one elsewhere. */
const firstFew = 6;

type Groups = SearchOutput['groups'];

/** The palette's question and its latest answer; a late answer to an older question is dropped. */
export function useSearch(connected: boolean) {
  const asked = useRef(0);
  const [query, setQuery] = useState('');
  const [groups, setGroups] = useState<Groups>([]);
  const [loading, setLoading] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [answered, setAnswered] = useState(true);
  // The answer to the question asked last; undefined once a newer one is asked, or on failure.
  const latest = useRef<Promise<Groups | undefined>>(Promise.resolve([]));

  const search = (text: string) => {
    setQuery(text);
    const mine = ++asked.current;
    if (!connected || text.trim() === '') {
      setGroups([]);
      setLoading([]);
      setError(undefined);
      setAnswered(true);
      latest.current = Promise.resolve([]);
      return;
    }
    setAnswered(false);
    latest.current = api()
      .search.query({ text: text.slice(0, 200), perType: firstFew })
      .then((result) => {
        if (mine !== asked.current) return undefined;
        setAnswered(true);
        if (!result.ok) {
          setError(result.message);
          return undefined;
        }
        setGroups(result.value.groups);
        setLoading(result.value.loading);
        setError(undefined);
        return result.value.groups;
      });
  };

  return {
    query,
    groups,
    /** Objects still loading, whose records search cannot find yet. */
    loading,
    error,
    /** Whether `groups` answer `query`, or an older question while the rep types. */
    answered,
    /** The answer to what is typed now, once it comes. */
    answer: () => latest.current,
    /** The first few of each kind, as the rep types. */
    search,
  };
}
