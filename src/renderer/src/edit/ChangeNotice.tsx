import { useState } from 'react';
import type { OutboxEntry } from '../../../shared/ipc/edits';
import { api } from '../api';
import { instant, text } from '../format';
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
  const fieldConflicts = entry.conflict?.kind === 'fields' ? entry.conflict.fields : [];
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const act = async (call: Promise<{ ok: boolean; message?: string }>) => {
    const result = await call;
    setProblem(result.ok ? undefined : result.message);
    savedLocally();
  };
  const label = `${entry.recordName} change`;
  return (
    <div className="change-notice" data-status={entry.status} role="group" aria-label={label}>
      <p className="change-status">{describe(entry)}</p>
      {entry.error && entry.status !== 'waiting' ? (
        <p className="change-error" role="alert">
          {entry.error}
        </p>
      ) : null}
      {fieldConflicts.length ? (
        <fieldset className="conflict">
          <legend>Which value should Salesforce keep?</legend>
          {fieldConflicts.map((f) => (
            <div key={f.field} role="radiogroup" aria-label={f.label} className="conflict-field">
              <span className="conflict-label">{f.label}</span>
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side}>
                  <input
                    type="radio"
                    name={`${entry.opId}-${f.field}`}
                    checked={choices[f.field] === side}
                    onChange={() => setChoices((c) => ({ ...c, [f.field]: side }))}
                  />
                  {side === 'mine' ? 'Mine: ' : 'Salesforce: '}
                  {text(side === 'mine' ? f.mine : f.theirs)}
                </label>
              ))}
            </div>
          ))}
          <button
            type="button"
            className="button"
            disabled={fieldConflicts.some((f) => !choices[f.field])}
            onClick={() => void act(api().changes.resolve({ opId: entry.opId, choices }))}
          >
            Keep these values
          </button>
        </fieldset>
      ) : null}
      <div className="form-actions">
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
              {entry.op === 'create'
                ? 'Delete this new record?'
                : 'Go back to Salesforce’s values?'}
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
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
