import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  formFieldNames,
  newRecordFieldNames,
  validateFields,
  type CreatableObject,
  type EditableObject,
  type FieldMeta,
  type FieldValue,
} from '../../../shared/editing';
import type { FormSection, SaveOutput } from '../../../shared/ipc/edits';
import type { IpcResult } from '../../../shared/ipc/result';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { shownValue } from '../records/fieldValue';
import { currencyOf, useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';
import { lookupNameKey } from '../../../shared/lookups';
import { FieldInput } from './FieldInput';
import { toText, toValue } from './formValues';

const lookupNameOf = (record: RecordRow | undefined, field: string) => {
  const name = record?.[lookupNameKey(field)];
  return typeof name === 'string' ? name : null;
};

const sameValue = (a: FieldValue, b: FieldValue) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));

/** Kinds a layout shows but Roadbook's form does not edit: compound values and files. */
const shownOnly = new Set(['address', 'location', 'base64']);
/** A lookup is edited where it points at one object Roadbook caches with a name. */
const shownAsIs = (m: FieldMeta) =>
  shownOnly.has(m.type) || (m.type === 'reference' && !m.lookupTo);

export type FormProps = {
  object: EditableObject;
  /** The record being edited; absent for a new one. */
  record?: RecordRow;
  /** Values a new record starts with, shown or not (a call's WhoId). */
  defaults?: Record<string, FieldValue>;
  /** Fields to show, when not every field of the form. */
  only?: string[];
  /** A new record's record type: its picklist values, and it goes with the create. */
  recordTypeId?: string | null;
  /** A new record's form follows the page layout of its record type, where one is cached. */
  laidOut?: boolean;
  label: string;
  submitLabel: string;
  onDone(id: string | undefined): void;
  /** More to fill in below the record's own fields (a call's follow-up task). */
  children?: ReactNode;
};

/** The fields of Roadbook's own form for the object, with the controllers of its dependents. */
export function ownFields(
  object: EditableObject,
  metas: FieldMeta[],
  mode: 'create' | 'update' = 'update',
): FieldMeta[] {
  const own = new Set([
    ...(mode === 'create' ? (newRecordFieldNames[object as CreatableObject] ?? []) : []),
    ...formFieldNames[object],
  ]);
  for (const meta of metas) if (own.has(meta.name) && meta.dependsOn) own.add(meta.dependsOn.field);
  return metas.filter((m) => own.has(m.name));
}

/**
 * A record's form, built from the org's describe: required fields, picklist values, types and
 * lengths are checked here before anything is queued, and again in main.
 */
export function RecordForm(props: FormProps) {
  const recordTypeId = props.recordTypeId ?? null;
  const form = useIpc(
    () => api().edits.form({ object: props.object, recordTypeId }),
    [props.object, recordTypeId],
  );
  const currency = useCurrency();
  if (form.error) return <LoadError what="the form" message={form.error} />;
  if (!form.data) return <Loading what="the form" />;
  const sections = props.laidOut ? form.data.sections : null;
  return (
    <LoadedForm
      {...props}
      metas={sections ? form.data.fields : ownFields(props.object, form.data.fields, 'create')}
      sections={sections}
      currency={form.data.newRecordCurrency ?? currency}
    />
  );
}

/**
 * The form itself. With the record's page layout (`sections`), every line of the layout shows in
 * its order: the fields the rep may change as inputs, the others as they read.
 */
export function LoadedForm(
  props: FormProps & {
    metas: FieldMeta[];
    sections: FormSection[] | null;
    currency: string | null;
  },
) {
  const savedLocally = useAppStore((s) => s.savedLocally);
  const idPrefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const mode = props.record ? 'update' : 'create';
  const byName = new Map(props.metas.map((m) => [m.name, m]));
  // A new record starts as describe says (Status's default value), or on the first value of a
  // required picklist, as Salesforce's own form does; its currency is the rep's own.
  const start = (m: FieldMeta) =>
    props.record?.[m.name] ??
    props.defaults?.[m.name] ??
    (mode === 'create' && m.name === 'CurrencyIsoCode' ? props.currency : undefined) ??
    (mode === 'create' ? m.defaultValue : undefined) ??
    (mode === 'create' && m.required && m.type === 'picklist' ? m.picklist[0] : undefined);
  const [initial] = useState(() =>
    Object.fromEntries(props.metas.map((m) => [m.name, toText(m, start(m))])),
  );
  const [texts, setTexts] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  // A refused save takes the rep to the first problem: in a long form it may be out of sight.
  useEffect(() => {
    const form = formRef.current;
    if (!refusals || !form) return;
    (
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }, [refusals]);
  const editable = (m: FieldMeta) =>
    (mode === 'create' ? m.createable : m.updateable) && (props.sections === null || !shownAsIs(m));
  const shown = props.metas.filter(
    (m) => (props.only ? props.only.includes(m.name) : true) && editable(m),
  );
  const inputOf = (item: FormSection['items'][number]) => {
    const meta = item.fields.length === 1 ? byName.get(item.fields[0]!) : undefined;
    const open = mode === 'create' ? item.creatable : item.editable;
    return meta && open && editable(meta) ? meta : undefined;
  };
  // A new record has nothing to read yet: its laid-out form holds only what it may set.
  const sections =
    mode === 'create'
      ? props.sections
          ?.map((s) => ({ ...s, items: s.items.filter((item) => inputOf(item)) }))
          .filter((s) => s.items.length > 0)
      : props.sections;
  const inputs = new Set(
    sections
      ? sections.flatMap((s) => s.items.flatMap((item) => inputOf(item)?.name ?? []))
      : shown.map((m) => m.name),
  );

  /** A controller's new value clears a dependent value it no longer allows. */
  function change(meta: FieldMeta, text: string) {
    setTexts((t) => {
      const next = { ...t, [meta.name]: text };
      for (const dependent of props.metas) {
        if (dependent.dependsOn?.field !== meta.name || !next[dependent.name]) continue;
        if (!(dependent.dependsOn.allowed[text] ?? []).includes(next[dependent.name]!))
          next[dependent.name] = '';
      }
      return next;
    });
  }

  /** Each problem beside its input; one about a field the form does not show, in the alert. */
  function refuse(problems: Record<string, string>) {
    setErrors(problems);
    const unseen = Object.entries(problems).filter(([name]) => !inputs.has(name));
    setFailure(unseen.length ? unseen.map(([, message]) => message).join(' ') : undefined);
    setRefusals((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values: Record<string, FieldValue> = {};
    for (const meta of props.metas) {
      const value = toValue(meta, texts[meta.name] ?? '');
      const changed = !sameValue(value, toValue(meta, initial[meta.name] ?? ''));
      const sent = sections ? inputs.has(meta.name) || meta.name in (props.defaults ?? {}) : true;
      if (mode === 'create' ? value !== null && editable(meta) && sent : changed)
        values[meta.name] = value;
    }
    if (mode === 'update' && Object.keys(values).length === 0) return props.onDone(undefined);
    const problems = validateFields(props.metas, values, mode, props.record);
    if (Object.keys(problems).length) return refuse(problems);
    setSaving(true);
    const result: IpcResult<SaveOutput> = props.record
      ? await api().edits.save({
          object: props.object,
          id: String(props.record['Id']),
          changes: values,
        })
      : await api().edits.create({
          object: props.object as CreatableObject,
          fields: values,
          recordTypeId: props.recordTypeId ?? null,
        });
    setSaving(false);
    if (!result.ok) return setFailure(result.message);
    if (!result.value.saved) return refuse(result.value.errors);
    savedLocally();
    props.onDone(result.value.id);
  }

  function field(meta: FieldMeta, label = meta.label) {
    const id = `${idPrefix}-${meta.name}`;
    const error = errors[meta.name];
    return (
      <div className="form-field" key={meta.name}>
        <label htmlFor={id}>
          {label}
          {meta.required ? <span aria-hidden="true"> *</span> : null}
        </label>
        <FieldInput
          meta={meta}
          currency={
            texts['CurrencyIsoCode'] ||
            (props.record ? currencyOf(props.record, props.currency) : props.currency)
          }
          lookupName={lookupNameOf(props.record, meta.name)}
          control={meta.dependsOn ? texts[meta.dependsOn.field] : undefined}
          input={{
            id,
            name: meta.name,
            value: texts[meta.name] ?? '',
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${id}-error` : meta.helpText ? `${id}-help` : undefined,
            'aria-required': meta.required || undefined,
            onChange: (text) => change(meta, text),
          }}
        />
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : meta.helpText ? (
          <p className="field-help" id={`${id}-help`}>
            {meta.helpText}
          </p>
        ) : null}
      </div>
    );
  }

  const laidOut = sections?.map((section, index) => (
    <fieldset className="form-section" key={`${section.heading}-${index}`}>
      {section.heading ? <legend>{section.heading}</legend> : null}
      {section.items.map((item) => {
        const meta = inputOf(item);
        if (meta) return field(meta, item.label);
        return (
          <div className="form-field read-only" key={item.fields.join(',')}>
            <span className="read-only-label">{item.label}</span>
            <span>
              {props.record ? shownValue(byName, item.fields, props.record, props.currency) : '—'}
            </span>
          </div>
        );
      })}
    </fieldset>
  ));

  return (
    <form
      ref={formRef}
      className="record-form"
      aria-label={props.label}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {laidOut ?? shown.map((meta) => field(meta))}
      {props.children}
      {failure ? (
        <p role="alert" tabIndex={-1}>
          {failure}
        </p>
      ) : null}
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
