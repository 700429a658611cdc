import { useLayoutEffect, useRef, useState } from 'react';

type Wanted = {
  key: string;
  from: string | undefined;
  gone: string | undefined;
  answer: unknown;
};

const byKey = (root: HTMLElement | null, key: string | undefined) =>
  key === undefined
    ? null
    : (root?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`) ?? null);

/**
 * Focus for a line an edit moves (to another day or group, or off the list): React mounts the
 * line again where it now is, which leaves the focus on nothing. When the next answer shows, the
 * focus goes after it, to the control marked `data-focus-key={key}`; when the line is no longer
 * shown, to the list it left (`from`, a marked element), else the container. `notice` says what
 * happened, for a status region beside the list.
 */
export function useFocusFollows<T extends HTMLElement>(answer: unknown) {
  const container = useRef<T>(null);
  const wanted = useRef<Wanted>(undefined);
  const [notice, setNotice] = useState<string>();
  useLayoutEffect(() => {
    const want = wanted.current;
    if (!want || want.answer === answer) return;
    wanted.current = undefined;
    // The line stayed where it was (or the rep moved on): the focus is where it should be.
    if (document.activeElement && document.activeElement !== document.body) return;
    const moved = byKey(container.current, want.key);
    if (moved) return moved.focus();
    (byKey(container.current, want.from) ?? container.current)?.focus();
    if (want.gone) setNotice(want.gone);
  }, [answer]);
  return {
    container,
    notice,
    /**
     * Call as the edit starts: `said` is the notice, `from` the key of the list it is in, `gone`
     * the notice in place of `said` when the line is no longer shown.
     */
    follow(key: string, said: string | undefined, from?: string, gone?: string) {
      wanted.current = { key, from, gone, answer };
      setNotice(said);
    },
  };
}
