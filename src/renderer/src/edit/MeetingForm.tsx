import { useId, useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { eventTimes } from '../../../shared/eventTimes';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { clockOf, timeOf } from './meetingTimes';
import { relatedOf } from './relatedTo';

type Fields = 'Subject' | 'Start' | 'End' | 'Location' | 'Description';

const nextHour = () => Math.ceil(Date.now() / 3_600_000) * 3_600_000;

/** An Event's stored time as the form's input holds it: a date for an all-day meeting. */
function inputOf(value: unknown, allDay: boolean, fallback: number): string {
  if (typeof value !== 'string') return clockOf(fallback);
  return allDay
    ? `${value.slice(0, 10)}T00:00`
    : clockOf(Date.parse(value.replace(/\+0000$/, 'Z')));
}

const sameValue = (field: string, before: unknown, after: unknown) =>
  field.endsWith('DateTime') && typeof before === 'string' && typeof after === 'string'
    ? Date.parse(before.replace(/\+0000$/, 'Z')) === Date.parse(after)
    : (before ?? null) === (after ?? null);

/**
 * A new meeting (a Salesforce Event) with this lead, contact, deal or account, or a change to
 * one (`meeting`), offline too: it goes to Salesforce with the next push. Subject, and an end not
 * before the start, are checked here before anything is queued, and again in main.
 */
export function MeetingForm(props: {
  about?: { object: 'Lead' | 'Contact' | 'Opportunity' | 'Account'; record: RecordRow };
  meeting?: RecordRow;
  onDone(confirmation: string | undefined): void;
}) {
  const savedLocally = useAppStore((s) => s.savedLocally);
  const ids = useId();
  const meeting = props.meeting;
  const [subject, setSubject] = useState(() => String(meeting?.['Subject'] ?? ''));
  const [allDay, setAllDay] = useState(() => meeting?.['IsAllDayEvent'] === true);
  const [start, setStart] = useState(() =>
    inputOf(meeting?.['StartDateTime'], meeting?.['IsAllDayEvent'] === true, nextHour()),
  );
  const [end, setEnd] = useState(() =>
    inputOf(meeting?.['EndDateTime'], meeting?.['IsAllDayEvent'] === true, nextHour() + 3_600_000),
  );
  const [location, setLocation] = useState(() => String(meeting?.['Location'] ?? ''));
  const [description, setDescription] = useState(() => String(meeting?.['Description'] ?? ''));
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const refuse = (found: Record<string, string>) => {
    const { fields, rest } = errorsOf(found);
    setErrors(fields);
    setFailure(rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = {
      Subject: subject.trim(),
      IsAllDayEvent: allDay,
      StartDateTime: timeOf(start, allDay),
      EndDateTime: timeOf(end, allDay),
    };
    const fields = meeting
      ? // Only what the rep changed is queued, so Changes lists just that; a cleared box clears.
        Object.fromEntries(
          Object.entries({
            ...typed,
            Location: location.trim() || null,
            Description: description.trim() || null,
          }).filter(([name, value]) => !sameValue(name, meeting[name], value)),
        )
      : {
          ...typed,
          ...(location.trim() ? { Location: location.trim() } : {}),
          ...(description.trim() ? { Description: description.trim() } : {}),
          ...(props.about ? relatedOf(props.about.object, props.about.record) : {}),
        };
    const checked = eventTimes(meeting ?? null, fields);
    if (!checked.ok) return refuse(checked.errors);
    setErrors({});
    setFailure(undefined);
    if (meeting && Object.keys(fields).length === 0) return props.onDone(undefined);
    setSaving(true);
    const result = meeting
      ? await api().edits.save({ object: 'Event', id: String(meeting['Id']), changes: fields })
      : await api().edits.create({ object: 'Event', fields });
    setSaving(false);
    if (!result.ok) return setFailure(result.message);
    if (!result.value.saved) return refuse(result.value.errors);
    savedLocally();
    props.onDone(meeting ? 'Meeting saved' : 'Meeting added');
  }

  const field = (name: Fields, label: ReactNode, input: (common: object) => ReactElement) => {
    const id = `${ids}-${name}`;
    const error = errors[name];
    return (
      <div className="form-field">
        <label htmlFor={id}>{label}</label>
        {input({
          id,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
        })}
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  const timeInput = allDay ? 'date' : 'datetime-local';
  return (
    <form
      className="record-form"
      aria-label={meeting ? `Edit meeting ${String(meeting['Subject'] ?? '')}` : 'New meeting'}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {field(
        'Subject',
        <>
          Subject<span aria-hidden="true"> *</span>
        </>,
        (common) => (
          <input
            {...common}
            aria-required
            maxLength={255}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
          />
        ),
      )}
      <label className="follow-up-toggle">
        <input type="checkbox" checked={allDay} onChange={(e) => setAllDay(e.target.checked)} />
        All day
      </label>
      {field('Start', 'Start', (common) => (
        <input
          {...common}
          type={timeInput}
          value={allDay ? start.slice(0, 10) : start}
          onChange={(e) =>
            setStart(allDay ? `${e.target.value}${start.slice(10)}` : e.target.value)
          }
        />
      ))}
      {field('End', 'End', (common) => (
        <input
          {...common}
          type={timeInput}
          value={allDay ? end.slice(0, 10) : end}
          onChange={(e) => setEnd(allDay ? `${e.target.value}${end.slice(10)}` : e.target.value)}
        />
      ))}
      {field('Location', 'Location', (common) => (
        <input
          {...common}
          maxLength={255}
          value={location}
          onChange={(e) => setLocation(e.target.value)}
        />
      ))}
      {field('Description', 'Description', (common) => (
        <textarea
          {...common}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      ))}
      {failure ? <p role="alert">{failure}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {meeting ? 'Save' : 'Add meeting'}
        </button>
        <button type="button" className="button secondary" onClick={() => props.onDone(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const formNames: Record<string, Fields> = {
  Subject: 'Subject',
  StartDateTime: 'Start',
  EndDateTime: 'End',
  Location: 'Location',
  Description: 'Description',
};

/** Salesforce's field names as this form's; what no field shows is said above the buttons. */
function errorsOf(errors: Record<string, string>) {
  const fields: Partial<Record<Fields, string>> = {};
  const rest: string[] = [];
  for (const [name, message] of Object.entries(errors)) {
    const mine = formNames[name];
    if (mine) fields[mine] = message;
    else rest.push(message);
  }
  return { fields, rest: rest.length ? rest.join(' ') : undefined };
}
