import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  validateFields,
  type CreatableObject,
  type EditableObject,
  type FieldMeta,
  type FieldValue,
} from '../../../shared/editing';
import type { SaveOutput } from '../../../shared/ipc/edits';
import type { IpcResult } from '../../../shared/ipc/result';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { useAppStore } from '../state/appStore';
import { isNumericType } from '../../../shared/fieldTypes';

const inputTypes: Record<string, string> = {
  date: 'date',
  email: 'email',
  phone: 'tel',
  url: 'url',
};

/** What an input holds, as the value Salesforce takes: '' is no value, numbers are numbers. */
function toValue(meta: FieldMeta, raw: string): FieldValue {
  if (raw.trim() === '') return null;
  if (isNumericType(meta.type)) return Number(raw);
  return raw;
}
const toText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export type FormProps = {
  object: EditableObject;
  /** The record being edited; absent for a new one. */
  record?: RecordRow;
  /** Values a new record starts with, shown or not (a call's WhoId). */
  defaults?: Record<string, FieldValue>;
  /** Fields to show, when not every field of the form. */
  only?: string[];
  label: string;
  submitLabel: string;
  onDone(id: string | undefined): void;
  /** More to fill in below the record's own fields (a call's follow-up task). */
  children?: ReactNode;
};

/**
 * A record's form, built from the org's describe: required fields, picklist values, types and
 * lengths are checked here before anything is queued, and again in main.
 */
export function RecordForm(props: FormProps) {
  const form = useIpc(() => api().edits.form({ object: props.object }), [props.object]);
  if (form.error) return <LoadError what="the form" message={form.error} />;
  if (!form.data) return <Loading what="the form" />;
  return <LoadedForm {...props} metas={form.data.fields} />;
}

function LoadedForm(props: FormProps & { metas: FieldMeta[] }) {
  const savedLocally = useAppStore((s) => s.savedLocally);
  const idPrefix = useId();
  const mode = props.record ? 'update' : 'create';
  // A new record starts on the first value of a required picklist, as Salesforce's own form does.
  const start = (m: FieldMeta) =>
    props.record?.[m.name] ??
    props.defaults?.[m.name] ??
    (mode === 'create' && m.required && m.type === 'picklist' ? m.picklist[0] : undefined);
  const initial = Object.fromEntries(props.metas.map((m) => [m.name, toText(start(m))]));
  const [texts, setTexts] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const lost = /lost/i.test(texts['StageName'] ?? '');
  const shown = props.metas.filter(
    (m) =>
      (props.only ? props.only.includes(m.name) : true) &&
      (mode === 'create' ? m.createable : m.updateable) &&
      (m.name !== 'Loss_Reason__c' || lost),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values: Record<string, FieldValue> = {};
    for (const meta of props.metas) {
      const value = toValue(meta, texts[meta.name] ?? '');
      const changed = toText(value) !== toText(toValue(meta, initial[meta.name] ?? ''));
      if (mode === 'create' ? value !== null : changed) values[meta.name] = value;
    }
    if (mode === 'update' && Object.keys(values).length === 0) return props.onDone(undefined);
    const problems = validateFields(props.metas, values, mode);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setSaving(true);
    const result: IpcResult<SaveOutput> = props.record
      ? await api().edits.save({
          object: props.object,
          id: String(props.record['Id']),
          changes: values,
        })
      : await api().edits.create({ object: props.object as CreatableObject, fields: values });
    setSaving(false);
    if (!result.ok) return setFailure(result.message);
    if (!result.value.saved) return setErrors(result.value.errors);
    savedLocally();
    props.onDone(result.value.id);
  }

  return (
    <form
      className="record-form"
      aria-label={props.label}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {shown.map((meta) => {
        const id = `${idPrefix}-${meta.name}`;
        const error = errors[meta.name];
        const common = {
          id,
          name: meta.name,
          value: texts[meta.name] ?? '',
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          'aria-required': meta.required || undefined,
          onChange: (e: { target: { value: string } }) =>
            setTexts((t) => ({ ...t, [meta.name]: e.target.value })),
        };
        return (
          <div className="form-field" key={meta.name}>
            <label htmlFor={id}>
              {meta.label}
              {meta.required ? <span aria-hidden="true"> *</span> : null}
            </label>
            {meta.type === 'picklist' ? (
              <select {...common}>
                {meta.required && texts[meta.name] ? null : <option value="">—</option>}
                {meta.picklist.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            ) : meta.type === 'textarea' ? (
              <textarea {...common} rows={3} />
            ) : (
              <input
                {...common}
                type={isNumericType(meta.type) ? 'number' : (inputTypes[meta.type] ?? 'text')}
                step={isNumericType(meta.type) ? 'any' : undefined}
              />
            )}
            {error ? (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {props.children}
      {failure ? <p role="alert">{failure}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {props.submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={() => props.onDone(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
