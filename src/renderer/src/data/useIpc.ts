import { useEffect, useState } from 'react';
import type { IpcResult } from '../../../shared/ipc/result';
import { useDataVersion } from './useDataVersion';

export type Loaded<T> = { data: T | undefined; error: string | undefined; loading: boolean };

/**
 * Asks main and keeps the answer; asks again when the inputs change, a sync finishes or the rep
 * saves a change. The
 * previous answer stays on screen while the next loads, and a late answer to an old question
 * never replaces a newer one. `askAgainWhen` asks again when it changes though the question has
 * not (a view whose answer moves with something main does not count as a data change).
 */
export function useIpc<T>(
  ask: () => Promise<IpcResult<T>>,
  deps: unknown[],
  askAgainWhen?: unknown,
): Loaded<T> {
  const version = useDataVersion();
  const [state, setState] = useState<Loaded<T>>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    ask().then(
      (result) => {
        if (!current) return;
        setState(
          result.ok
            ? { data: result.value, error: undefined, loading: false }
            : { data: undefined, error: result.message, loading: false },
        );
      },
      (error: unknown) => {
        if (current) setState({ data: undefined, error: String(error), loading: false });
      },
    );
    return () => {
      current = false;
    };
    // Callers' deps are checked where they call useIpc (eslint additionalHooks); here they are
    // passed through as they are.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version, askAgainWhen]);
  return state;
}
