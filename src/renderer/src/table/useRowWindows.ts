import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListInput, ListQuestion, RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { useDataVersion } from '../data/useDataVersion';
import { pagesCovering, placeOf, windowOf } from './rowPages';

export type RowWindows = {
  total: number | undefined;
  error: string | undefined;
  /** The objects still loading into the cache, which the answer left out. */
  loading: string[];
  /** Whether the first page for the current question has arrived. */
  ready: boolean;
  row(index: number): RecordRow | undefined;
  /** Loads the pages covering rows first..last (inclusive) that are not loaded yet. */
  want(first: number, last: number): void;
};

/**
 * The rows of a table, fetched from main a page at a time as they scroll into view; a new
 * question (filter or sort) or a finished sync starts over. Never holds more than the pages seen.
 */

export function useRowWindows(question: ListQuestion): RowWindows {
  const version = useDataVersion();
  const pages = useRef(new Map<number, RecordRow[]>());
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  const key = JSON.stringify(question);
  const ask = (offset: number, limit: number) =>
    api().records.list({ ...question, offset, limit } as ListInput);
  const askRef = useRef(ask);
  askRef.current = ask;
  const [state, setState] = useState<{
    total?: number;
    error?: string;
    loading: string[];
    ready: boolean;
    version: number;
  }>({ ready: false, version: 0, loading: [] });

  const current = useRef(false);

  const load = useCallback((page: number) => {
    if (asked.current.has(page)) return;
    asked.current.add(page);
    const mine = generation.current;
    const { offset, limit } = windowOf(page);
    void askRef.current(offset, limit).then((result) => {
      if (mine !== generation.current) return;
      if (!result.ok) {
        asked.current.delete(page);
        setState((s) => ({ ...s, error: result.message, ready: true }));
        return;
      }
      // The old rows stay on screen until the new question's first page replaces them, so a
      // sort or a keystroke in the filter does not flash empty rows.
      if (page === 0) {
        pages.current = new Map();
        current.current = true;
      }
      pages.current.set(page, result.value.rows);
      setState((s) => ({
        total: result.value.total,
        loading: result.value.loading,
        error: undefined,
        ready: true,
        version: s.version + 1,
      }));
    });
  }, []);

  useEffect(() => {
    generation.current += 1;
    asked.current.clear();
    current.current = false;
    load(0);
  }, [key, version, load]);

  return {
    total: state.total,
    error: state.error,
    loading: state.loading,
    ready: state.ready,
    row: (index) => {
      const { page, slot } = placeOf(index);
      return pages.current.get(page)?.[slot];
    },
    want(first, last) {
      if (!current.current) return;
      for (const page of pagesCovering(first, last)) if (!pages.current.has(page)) load(page);
    },
  };
}
