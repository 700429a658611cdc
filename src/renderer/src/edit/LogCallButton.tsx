import type { RecordRow } from '../../../shared/ipc/views';
import { FormButton } from './FormButton';
import { LogCallForm } from './LogCallForm';

/** "Log a call" on a lead, contact, deal or account: the form, then a confirmation. */
export function LogCallButton(props: {
  object: 'Lead' | 'Contact' | 'Opportunity' | 'Account';
  record: RecordRow;
}) {
  return (
    <FormButton
      label="Log a call"
      form={(done) => <LogCallForm object={props.object} record={props.record} onDone={done} />}
    />
  );
}
