import type { RecordRow } from '../../../shared/ipc/views';
import { FormButton } from './FormButton';
import { MeetingForm } from './MeetingForm';

/** "New meeting" on a lead, contact, deal or account: the form, then a confirmation. */
export function NewMeetingButton(props: {
  object: 'Lead' | 'Contact' | 'Opportunity' | 'Account';
  record: RecordRow;
}) {
  return (
    <FormButton label="New meeting" form={(done) => <MeetingForm about={props} onDone={done} />} />
  );
}
