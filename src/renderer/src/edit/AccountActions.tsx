import { useState } from 'react';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { useIpc } from '../data/useIpc';
import { ChangeNotice } from './ChangeNotice';
import { RecordForm } from './RecordForm';
import { useEditRequest } from './useEditRequest';

/** Edit the account or add a contact to it: offline as well as online. */
export function AccountActions(props: { account: RecordRow }) {
  const id = String(props.account['Id']);
  const [open, setOpen] = useState<'edit' | 'contact'>();
  const local = useIpc(() => api().records.get({ object: 'Account', id }), [id]);
  const change = local.data?.local?.change;
  const close = () => setOpen(undefined);
  useEditRequest('Account', id, () => setOpen('edit'));
  return (
    <div className="record-actions">
      {change ? <ChangeNotice entry={change} /> : null}
      {open === 'edit' ? (
        <RecordForm
          object="Account"
          record={props.account}
          label="Edit account"
          submitLabel="Save"
          onDone={close}
        />
      ) : open === 'contact' ? (
        <RecordForm
          object="Contact"
          label="New contact"
          submitLabel="Create contact"
          defaults={{ AccountId: id }}
          onDone={close}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen('edit')}>
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
