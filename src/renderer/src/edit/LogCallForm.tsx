import type { RecordRow } from '../../../shared/ipc/views';
import { isoDay } from '../../../shared/periods';
import { RecordForm } from './RecordForm';

/**
 * A call logged on a lead or contact (Name) or on an opportunity or account (Related to), as a
 * completed Task: it works offline and reaches Salesforce with the next push.
 */
export function LogCallForm(props: {
  object: 'Lead' | 'Contact' | 'Opportunity' | 'Account';
  record: RecordRow;
  onDone(): void;
}) {
  const id = String(props.record['Id']);
  const who = props.object === 'Lead' || props.object === 'Contact';
  const accountId = props.record['AccountId'];
  return (
    <RecordForm
      object="Task"
      label="Log a call"
      submitLabel="Log call"
      only={['Subject', 'ActivityDate', 'Description']}
      defaults={{
        Subject: 'Call',
        ActivityDate: isoDay(new Date()),
        Status: 'Completed',
        TaskSubtype: 'Call',
        ...(who ? { WhoId: id } : { WhatId: id }),
        ...(props.object === 'Contact' && typeof accountId === 'string'
          ? { WhatId: accountId }
          : {}),
      }}
      onDone={() => props.onDone()}
    />
  );
}
