import { useId, useState, type ReactNode } from 'react';
import {
  editableObjects,
  validateFields,
  type EditableObject,
  type FieldMeta,
  type FieldValue,
} from '../../../shared/editing';
import { isNumericType } from '../../../shared/fieldTypes';
import type { Conflict, OutboxEntry } from '../../../shared/ipc/edits';
import { api } from '../api';
import { useIpc } from '../data/useIpc';
import { instant } from '../format';
import { shownText } from './changeText';

type FieldsConflict = Extract<Conflict, { kind: 'fields' }>;
type Choice = 'mine' | 'theirs' | 'new';
type Act = (call: Promise<{ ok: boolean; message?: string }>) => Promise<void>;

const editable = (object: string): object is EditableObject =>
  (editableObjects as readonly string[]).includes(object);

/** A typed value as Salesforce takes it, as the edit form reads it: '' is no value. */
function toValue(meta: FieldMeta | undefined, raw: string): FieldValue {
  if (raw.trim() === '') return null;
  return meta && isNumericType(meta.type) ? Number(raw) : raw;
}

function whoAndWhen(conflict: FieldsConflict): string {
  const who = conflict.by ?? 'someone not on this computer';
  return conflict.at
    ? `Changed in Salesforce by ${who} on ${instant(conflict.at)}`
    : `Changed in Salesforce by ${who}`;
}

/**
 * For each field both sides changed: keep the rep's value, take Salesforce's, or type a new one
 * (checked as the edit form checks it, then queued as a new edit of that field). Amounts on all
 * three read in the record's currency.
 */
export function ConflictChooser(props: {
  entry: OutboxEntry;
  conflict: FieldsConflict;
  currency: string | null;
  act: Act;
  /** The change's other actions (Discard), on the line of "Keep these values". */
  children?: ReactNode;
}) {
  const { entry, conflict } = props;
  const idPrefix = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const object = entry.object;
  const canType = editable(object);
  const form = useIpc(
    () =>
      canType
        ? api().edits.form({ object })
        : Promise.resolve({
            ok: true as const,
            value: { fields: [], sections: null, newRecordCurrency: null },
          }),
    [object, canType],
  );
  const metas = form.data?.fields ?? [];
  const metaOf = (field: string) => metas.find((m) => m.name === field);

  async function keep() {
    const newFields = conflict.fields.filter((f) => choices[f.field] === 'new');
    const values = Object.fromEntries(
      newFields.map((f) => [f.field, toValue(metaOf(f.field), typed[f.field] ?? '')]),
    );
    const problems = validateFields(metas, values, 'update');
    setErrors(problems);
    if (Object.keys(problems).length || !canType) return;
    const rest = Object.fromEntries(
      Object.entries(choices).filter((c): c is [string, 'mine' | 'theirs'] => c[1] !== 'new'),
    );
    if (newFields.length)
      await props.act(api().edits.save({ object, id: entry.recordId, changes: values }));
    if (Object.keys(rest).length)
      await props.act(api().changes.resolve({ opId: entry.opId, choices: rest }));
  }

  return (
    <>
      <fieldset className="conflict">
        <legend>Which value should Salesforce keep?</legend>
        <p className="conflict-who">{whoAndWhen(conflict)}</p>
        {conflict.fields.map((f) => {
          const inputId = `${idPrefix}-${f.field}`;
          const error = errors[f.field];
          const meta = metaOf(f.field);
          const sides: Array<[Choice, string]> = [
            ['mine', `Keep mine: ${shownText(f.type, f.mine, props.currency)}`],
            ['theirs', `Take Salesforce’s: ${shownText(f.type, f.theirs, props.currency)}`],
            ...(canType && meta ? [['new', 'Type a new value'] as [Choice, string]] : []),
          ];
          return (
            <div key={f.field} role="radiogroup" aria-label={f.label} className="conflict-field">
              <span className="conflict-label">{f.label}</span>
              {sides.map(([side, text]) => (
                <label key={side}>
                  <input
                    type="radio"
                    name={`${entry.opId}-${f.field}`}
                    checked={choices[f.field] === side}
                    onChange={() => setChoices((c) => ({ ...c, [f.field]: side }))}
                  />
                  {text}
                </label>
              ))}
              {choices[f.field] === 'new' && meta ? (
                <div className="conflict-new">
                  <label htmlFor={inputId}>New {f.label}</label>
                  {meta.type === 'picklist' ? (
                    <select
                      id={inputId}
                      value={typed[f.field] ?? ''}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      onChange={(e) => setTyped((t) => ({ ...t, [f.field]: e.target.value }))}
                    >
                      <option value="">—</option>
                      {meta.picklist.map((v) => (
                        <option key={v} value={v}>
                          {v}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span
                      className={meta.type === 'currency' ? 'number-input unit-first' : undefined}
                    >
                      <input
                        id={inputId}
                        type={
                          isNumericType(meta.type)
                            ? 'number'
                            : meta.type === 'date'
                              ? 'date'
                              : 'text'
                        }
                        step={isNumericType(meta.type) ? 'any' : undefined}
                        value={typed[f.field] ?? ''}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${inputId}-error` : undefined}
                        onChange={(e) => setTyped((t) => ({ ...t, [f.field]: e.target.value }))}
                      />
                      {meta.type === 'currency' && props.currency ? (
                        <span aria-hidden="true">{props.currency}</span>
                      ) : null}
                    </span>
                  )}
                  {error ? (
                    <p className="field-error" id={`${inputId}-error`}>
                      {error}
                    </p>
                  ) : null}
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={conflict.fields.some((f) => !choices[f.field])}
          onClick={() => void keep()}
        >
          Keep these values
        </button>
        {props.children}
      </div>
    </>
  );
}
