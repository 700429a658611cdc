import { useRef, useState } from 'react';
import type { SearchOutput } from '../../../shared/ipc/views';
import { api } from '../api';

/** As many of each object as type-ahead shows; "Show all results" lists every one elsewhere. */
const firstFew = 6;

/** The palette's question and its latest answer; a late answer to an older question is dropped. */
export function useSearch(connected: boolean) {
  const asked = useRef(0);
  const [query, setQuery] = useState('');
  const [groups, setGroups] = useState<SearchOutput['groups']>([]);
  const [loading, setLoading] = useState<string[]>([]);
  const [error, setError] = useState<string>();

  const search = (text: string) => {
    setQuery(text);
    const mine = ++asked.current;
    if (!connected || text.trim() === '') {
      setGroups([]);
      setLoading([]);
      setError(undefined);
      return;
    }
    void api()
      .search.query({ text: text.slice(0, 200), perType: firstFew })
      .then((result) => {
        if (mine !== asked.current) return;
        if (result.ok) {
          setGroups(result.value.groups);
          setLoading(result.value.loading);
          setError(undefined);
        } else setError(result.message);
      });
  };

  return {
    query,
    groups,
    /** Objects still loading, whose records search cannot find yet. */
    loading,
    error,
    /** The first few of each kind, as the rep types. */
    search,
  };
}
