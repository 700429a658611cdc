import { useState } from 'react';
import type { CacheProblemCode } from '../../../shared/ipc/result';
import { api } from '../api';
import { EmptyState } from '../components/EmptyState';
import { useAppStore } from '../state/appStore';

const titles: Record<CacheProblemCode, string> = {
  CACHE_NEWER: 'Roadbook needs an update',
  CACHE_DAMAGED: 'Your saved records are damaged',
  DISK_FULL: 'Your disk is full',
  READ_ONLY: 'Roadbook cannot save on this computer',
  CACHE_ENGINE_MISSING: 'Roadbook is missing a part',
};

/** Problems the rep can fix outside Roadbook (free space, fix the folder) and then retry. */
const retryable = new Set<CacheProblemCode>(['DISK_FULL', 'READ_ONLY']);

/**
 * In place of every view while the records on this computer cannot be used: what happened, in
 * main's words, and the way out. A damaged copy is rebuilt here, keeping the changes waiting
 * for Salesforce.
 */
export function CacheProblem(props: { problem: CacheProblemCode; message: string | null }) {
  const [rebuilding, setRebuilding] = useState(false);
  const [failure, setFailure] = useState<string>();
  const rebuild = async () => {
    setRebuilding(true);
    setFailure(undefined);
    const result = await api().cache.rebuild({});
    setRebuilding(false);
    if (result.ok) useAppStore.setState({ sync: result.value });
    else setFailure(result.message);
  };
  return (
    <div role="alert">
      <EmptyState
        title={titles[props.problem]}
        action={
          props.problem === 'CACHE_DAMAGED' ? (
            <button
              type="button"
              className="button"
              disabled={rebuilding}
              onClick={() => void rebuild()}
            >
              {rebuilding ? 'Rebuilding…' : 'Rebuild the cache'}
            </button>
          ) : retryable.has(props.problem) ? (
            <button type="button" className="button" onClick={() => void api().sync.now({})}>
              Try again
            </button>
          ) : null
        }
      >
        {props.message}
      </EmptyState>
      {failure ? <p className="error-banner">{failure}</p> : null}
    </div>
  );
}
