import { useState } from 'react';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { useIpc } from '../data/useIpc';
import { ChangeNotice } from './ChangeNotice';
import { RecordForm } from './RecordForm';

/**
 * Edit the account (its fields turn into the form in place, on the page) or add a contact to it:
 * offline as well as online.
 */
export function AccountActions(props: {
  account: RecordRow;
  editing: boolean;
  onEdit(): void;
  editRef(button: HTMLButtonElement | null): void;
}) {
  const id = String(props.account['Id']);
  const [open, setOpen] = useState<'contact'>();
  const local = useIpc(() => api().records.get({ object: 'Account', id }), [id]);
  const change = local.data?.local?.change;
  const close = () => setOpen(undefined);
  return (
    <div className="record-actions">
      {change ? <ChangeNotice entry={change} /> : null}
      {props.editing ? null : open === 'contact' ? (
        <RecordForm
          object="Contact"
          label="New contact"
          submitLabel="Create contact"
          defaults={{ AccountId: id }}
          onDone={close}
        />
      ) : (
        <div className="form-actions">
          <button
            type="button"
            ref={props.editRef}
            className="button"
            aria-keyshortcuts="E"
            onClick={props.onEdit}
          >
            Edit
          </button>
          <button type="button" className="button secondary" onClick={() => setOpen('contact')}>
            New contact
          </button>
        </div>
      )}
    </div>
  );
}
