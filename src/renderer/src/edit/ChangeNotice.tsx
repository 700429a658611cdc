import { useState } from 'react';
import type { OutboxEntry } from '../../../shared/ipc/edits';
import { api } from '../api';
import { ConflictChooser } from '../changes/ConflictChooser';
import { instant } from '../format';
import { useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';

const describe = (entry: OutboxEntry) =>
  ({
    waiting: entry.attempts
      ? `Waiting to send (tried ${entry.attempts} ${entry.attempts === 1 ? 'time' : 'times'}${entry.nextAttemptAt ? `, next try ${instant(new Date(entry.nextAttemptAt).toISOString())}` : ''})`
      : entry.op === 'create'
        ? 'New here; waiting to be created in Salesforce'
        : 'Waiting to be sent to Salesforce',
    sending: 'Sending to Salesforce…',
    failed: 'Salesforce refused this change',
    conflict:
      entry.conflict?.kind === 'deleted'
        ? 'Deleted in Salesforce since you changed it'
        : 'Changed in Salesforce too: choose which values to keep',
  })[entry.status];

/**
 * One unsent change: what it is waiting for, Salesforce's message when it was refused, the
 * choice between the rep's values and Salesforce's when both changed a field, retry, discard.
 */
export function ChangeNotice(props: { entry: OutboxEntry }) {
  const { entry } = props;
  const savedLocally = useAppStore((s) => s.savedLocally);
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const orgCurrency = useCurrency();
  const act = async (call: Promise<{ ok: boolean; message?: string }>) => {
    const result = await call;
    setProblem(result.ok ? undefined : result.message);
    savedLocally();
  };
  const label = `${entry.recordName} change`;
  const actions = (
    <>
      {entry.status === 'failed' || (entry.status === 'waiting' && entry.attempts > 0) ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => void act(api().changes.retry({ opId: entry.opId }))}
        >
          Retry
        </button>
      ) : null}
      {entry.status !== 'sending' && !confirming ? (
        <button
          type="button"
          className="button secondary"
          aria-label={`Discard ${label}`}
          onClick={() => setConfirming(true)}
        >
          Discard
        </button>
      ) : null}
      {confirming ? (
        <>
          <span>
            {entry.op === 'create' ? 'Delete this new record?' : 'Go back to Salesforce’s values?'}
          </span>
          <button
            type="button"
            className="button danger"
            onClick={() => void act(api().changes.discard({ opId: entry.opId }))}
          >
            Discard for good
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </>
      ) : null}
    </>
  );
  return (
    <div className="change-notice" data-status={entry.status} role="group" aria-label={label}>
      <p className="change-status">{describe(entry)}</p>
      {entry.error && entry.status !== 'waiting' ? (
        <p className="change-error" role="alert">
          {entry.error}
        </p>
      ) : null}
      {entry.conflict?.kind === 'fields' ? (
        <ConflictChooser
          entry={entry}
          conflict={entry.conflict}
          currency={entry.currency ?? orgCurrency}
          act={act}
        >
          {actions}
        </ConflictChooser>
      ) : null}
      {entry.conflict?.kind === 'fields' ? null : <div className="form-actions">{actions}</div>}
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
