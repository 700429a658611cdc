import { useId, useState } from 'react';
import type { RecordRow } from '../../../shared/ipc/views';
import { isoDay, isRealDay } from '../../../shared/periods';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { RecordForm } from './RecordForm';
import { relatedOf, type Related } from './relatedTo';

const inAWeek = () => {
  const day = new Date();
  day.setDate(day.getDate() + 7);
  return isoDay(day);
};

/** Creates the follow-up task; answers what to tell the rep. */
async function createFollowUp(related: Related, subject: string, due: string): Promise<string> {
  const result = await api().edits.create({
    object: 'Task',
    fields: {
      Subject: subject.trim() || 'Follow up',
      Status: 'Not Started',
      ...(isRealDay(due) ? { ActivityDate: due } : {}),
      ...related,
    },
  });
  if (!result.ok) return `Call logged; the follow-up task was not saved: ${result.message}`;
  if (!result.value.saved)
    return `Call logged; the follow-up task was not saved: ${Object.values(result.value.errors).join(' ')}`;
  useAppStore.getState().savedLocally();
  return 'Call logged, follow-up task added';
}

/**
 * A call logged on a lead or contact (Name) or on an opportunity or account (Related to), as a
 * completed Task, with an optional follow-up task: both work offline and reach Salesforce with
 * the next push. `onDone` hears what to confirm to the rep, or nothing when they cancelled.
 */
export function LogCallForm(props: {
  object: 'Lead' | 'Contact' | 'Opportunity' | 'Account';
  record: RecordRow;
  onDone(confirmation: string | undefined): void;
}) {
  const related = relatedOf(props.object, props.record);
  const ids = useId();
  const [followUp, setFollowUp] = useState(false);
  const [subject, setSubject] = useState('Follow up');
  const [due, setDue] = useState(inAWeek);
  return (
    <RecordForm
      object="Task"
      label="Log a call"
      submitLabel="Log call"
      only={['Subject', 'CallDisposition', 'ActivityDate', 'Description']}
      defaults={{
        Subject: 'Call',
        ActivityDate: isoDay(new Date()),
        Status: 'Completed',
        TaskSubtype: 'Call',
        ...related,
      }}
      onDone={(id) => {
        if (!id) return props.onDone(undefined);
        if (!followUp) return props.onDone('Call logged');
        void createFollowUp(related, subject, due).then(props.onDone);
      }}
    >
      <fieldset className="follow-up">
        <legend className="visually-hidden">Follow-up task</legend>
        <label className="follow-up-toggle">
          <input
            type="checkbox"
            checked={followUp}
            onChange={(event) => setFollowUp(event.target.checked)}
          />
          Add a follow-up task
        </label>
        {followUp ? (
          <>
            <div className="form-field">
              <label htmlFor={`${ids}-subject`}>Follow-up subject</label>
              <input
                id={`${ids}-subject`}
                value={subject}
                maxLength={255}
                onChange={(event) => setSubject(event.target.value)}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${ids}-due`}>Follow-up due date</label>
              <input
                id={`${ids}-due`}
                type="date"
                value={due}
                onChange={(event) => setDue(event.target.value)}
              />
            </div>
          </>
        ) : null}
      </fieldset>
    </RecordForm>
  );
}
