import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CreatableObject } from '../../../shared/editing';
import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useReturnFocus } from '../components/useReturnFocus';
import { useIpc } from '../data/useIpc';
import { RecordForm } from './RecordForm';

type Props = {
  object: Extract<CreatableObject, 'Opportunity' | 'Lead'>;
  /** The record in the rep's words: "deal", "lead". */
  noun: string;
  /** A new record's form follows its record type's page layout. */
  laidOut?: boolean;
  onCreated(id: string): void;
};

/**
 * "New deal": when the rep may create more than one record type, the type comes first (their
 * default chosen), then that type's form; with one type, the form at once.
 */
export function NewRecordButton(props: Props) {
  const [open, setOpen] = useState(false);
  const focus = useReturnFocus();
  const headingId = useId();
  if (!open)
    return (
      <button
        type="button"
        ref={focus.ref}
        className="button new-record"
        onClick={() => setOpen(true)}
      >
        New {props.noun}
      </button>
    );
  // A line of its own under the table's tools, at the left where the rep reads on from.
  return (
    <section className="new-record-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>New {props.noun}</h2>
      <NewRecord
        {...props}
        onDone={(id) => {
          setOpen(false);
          if (id) props.onCreated(id);
          else focus.willReturn();
        }}
      />
    </section>
  );
}

function NewRecord(props: Props & { onDone(id: string | undefined): void }) {
  const types = useIpc(() => api().edits.recordTypes({ object: props.object }), [props.object]);
  const [chosen, setChosen] = useState<string | null>();
  if (types.error) return <LoadError what="the record types" message={types.error} />;
  if (!types.data) return <Loading what="the record types" />;
  const { recordTypes, defaultId } = types.data;
  if (recordTypes.length > 1 && chosen === undefined)
    return (
      <RecordTypeChoice
        noun={props.noun}
        recordTypes={recordTypes}
        defaultId={defaultId}
        onChoose={setChosen}
        onCancel={() => props.onDone(undefined)}
      />
    );
  const recordTypeId = chosen ?? defaultId;
  const typeName = recordTypes.length > 1 && recordTypes.find((t) => t.id === recordTypeId)?.name;
  return (
    <RecordForm
      object={props.object}
      recordTypeId={recordTypeId}
      laidOut={props.laidOut}
      label={typeName ? `New ${props.noun}: ${typeName}` : `New ${props.noun}`}
      submitLabel={`Create ${props.noun}`}
      onDone={props.onDone}
    />
  );
}

function RecordTypeChoice(props: {
  noun: string;
  recordTypes: Array<{ id: string; name: string }>;
  defaultId: string | null;
  onChoose(id: string): void;
  onCancel(): void;
}) {
  const name = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [picked, setPicked] = useState(props.defaultId ?? props.recordTypes[0]!.id);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);
  function submit(event: FormEvent) {
    event.preventDefault();
    props.onChoose(picked);
  }
  return (
    <form ref={formRef} className="record-form" aria-label={`New ${props.noun}`} onSubmit={submit}>
      <fieldset className="choices">
        <legend>Record type</legend>
        {props.recordTypes.map((type) => (
          <label key={type.id}>
            <input
              type="radio"
              name={name}
              value={type.id}
              checked={picked === type.id}
              onChange={() => setPicked(type.id)}
            />
            {type.name}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button">
          Next
        </button>
        <button type="button" className="button secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
