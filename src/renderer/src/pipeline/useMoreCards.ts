import { useEffect, useRef, useState } from 'react';
import {
  boardPageCards,
  type OwnerFilter,
  type PeriodInput,
  type PipelineCard,
} from '../../../shared/ipc/views';
import { api } from '../api';

/** The rep's filters, which every page of a column must share with the board. */
export type BoardQuery = {
  owner: OwnerFilter;
  close: PeriodInput;
  text: string;
  process: string | undefined;
};

/**
 * A column's cards: the board's first ones, then a page more each time the end of the column
 * comes into view, until the stage's count is reached. A new board (filters, a save, a sync)
 * starts again from its own first cards.
 */
export function useMoreCards(
  stage: string,
  first: PipelineCard[],
  count: number,
  query: BoardQuery,
) {
  const [added, setAdded] = useState({ base: first, cards: [] as PipelineCard[] });
  const extra = added.base === first ? added.cards : [];
  const cards = extra.length === 0 ? first : [...first, ...extra];
  const hasMore = cards.length < count;
  const end = useRef<HTMLParagraphElement>(null);
  const asking = useRef(false);
  const shown = cards.length;

  useEffect(() => {
    const target = end.current;
    if (!target || !hasMore) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (asking.current || !entries.some((e) => e.isIntersecting)) return;
        asking.current = true;
        void api()
          .pipeline.cards({ ...query, stage, offset: shown, limit: boardPageCards })
          .then((result) => {
            if (!result.ok) return;
            setAdded((prev) => {
              const kept = prev.base === first ? prev.cards : [];
              const known = new Set([...first, ...kept].map((c) => c.id));
              return {
                base: first,
                cards: [...kept, ...result.value.cards.filter((c) => !known.has(c.id))],
              };
            });
          })
          .finally(() => {
            asking.current = false;
          });
      },
      // Ask a little before the end shows, so scrolling rarely waits.
      { root: target.closest('.stage'), rootMargin: '0px 0px 400px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, shown, first, query, stage]);

  return { cards, hasMore, end };
}
