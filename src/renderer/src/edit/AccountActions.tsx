import { useState } from 'react';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { useReturnFocus } from '../components/useReturnFocus';
import { useIpc } from '../data/useIpc';
import { ChangeNotice } from './ChangeNotice';
import { LogCallForm } from './LogCallForm';
import { RecordForm } from './RecordForm';

/**
 * Edit the account (its fields turn into the form in place, on the page), add a contact to it,
 * or log a call on it: offline as well as online.
 */
export function AccountActions(props: {
  account: RecordRow;
  editing: boolean;
  onEdit(): void;
  editRef(button: HTMLButtonElement | null): void;
}) {
  const id = String(props.account['Id']);
  const [open, setOpen] = useState<'contact' | 'call'>();
  const local = useIpc(() => api().records.get({ object: 'Account', id }), [id]);
  const change = local.data?.local?.change;
  const [logged, setLogged] = useState<string>();
  const callButton = useReturnFocus();
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
      ) : open === 'call' ? (
        <LogCallForm
          object="Account"
          record={props.account}
          onDone={(confirmation) => {
            callButton.willReturn();
            close();
            setLogged(confirmation);
          }}
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
          <button
            type="button"
            ref={callButton.ref}
            className="button secondary"
            onClick={() => {
              setLogged(undefined);
              setOpen('call');
            }}
          >
            Log a call
          </button>
        </div>
      )}
      <p role="status" className="saved-notice">
        {logged}
      </p>
    </div>
  );
}
