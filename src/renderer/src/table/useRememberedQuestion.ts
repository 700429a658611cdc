import { useEffect, useState } from 'react';
import { listQuestion, type ListQuestion } from '../../../shared/ipc/views';
import type { Sort } from './RecordTable';
import { activeConnection, useAppStore } from '../state/appStore';
import { orgKey } from '../state/orgMemory';

/** What was saved, if it still reads as a question for this table (an older build may differ). */
export function rememberedQuestion<Q extends ListQuestion>(saved: string | null, initial: Q): Q {
  try {
    const parsed = listQuestion.safeParse(JSON.parse(saved ?? 'null'));
    return parsed.success && parsed.data.object === initial.object ? (parsed.data as Q) : initial;
  } catch {
    return initial;
  }
}

/**
 * A table's filters and sort, kept on this computer per org and view: leaving a view and coming
 * back, or restarting, finds the table as the rep left it. A link that opens the view already
 * filtered (Home's figures) brings its own filter, which replaces the remembered one. The views
 * start afresh when the org changes (App keys them by it), so one org's filters never go to
 * another's key.
 */
export function useRememberedQuestion<Q extends ListQuestion>(
  view: string,
  initial: Q,
  linkedFilter?: Q['filter'],
) {
  const connection = activeConnection(useAppStore((s) => s.auth))?.key ?? 'none';
  const key = orgKey(connection, `view.${view}`);
  const [question, setQuestion] = useState(() => {
    const remembered = rememberedQuestion(localStorage.getItem(key), initial);
    return linkedFilter ? { ...remembered, filter: linkedFilter } : remembered;
  });
  useEffect(() => localStorage.setItem(key, JSON.stringify(question)), [key, question]);
  return {
    question,
    setFilter: (change: Partial<Q['filter']>) =>
      setQuestion((q) => ({ ...q, filter: { ...q.filter, ...change } })),
    setSort: (sort: Sort) => setQuestion((q) => ({ ...q, sort: sort as Q['sort'] })),
    /** A saved view's question, if it asks about this table's records. */
    apply: (saved: ListQuestion) => {
      if (saved.object === initial.object) setQuestion(saved as Q);
    },
  };
}
