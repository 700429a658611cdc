import { useEffect, useId, useRef, useState } from 'react';
import type { ConnectionSummary } from '../../../shared/ipc/authState';
import { api } from '../api';
import { useAppStore } from '../state/appStore';
import { forgetOrg } from '../state/orgMemory';
import { offlineReason, useOffline } from '../sync/offline';

function DisconnectDialog(props: { connection: ConnectionSummary; onClose(): void }) {
  const authCall = useAppStore((s) => s.authCall);
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleteLocalData, setDeleteLocalData] = useState(false);
  // The dialog goes from the page as it closes, so the focus is put back on its opener by hand
  // (unless a disconnect took the opener's line away).
  useEffect(() => {
    const opener = document.activeElement;
    dialog.current?.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  const confirm = async () => {
    const failed = await authCall(
      api().auth.disconnect({ key: props.connection.key, deleteLocalData }),
    );
    if (!failed && deleteLocalData) forgetOrg(localStorage, props.connection.key);
    props.onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="disconnect-title"
      onClose={props.onClose}
    >
      <h2 id="disconnect-title">Disconnect {props.connection.orgName}?</h2>
      <p>Roadbook signs out of this org and Salesforce forgets its sign-in.</p>
      <label className="choice">
        <input
          type="checkbox"
          checked={deleteLocalData}
          onChange={(event) => setDeleteLocalData(event.target.checked)}
        />
        Also delete local data for this org
      </label>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={props.onClose}>
          Keep connected
        </button>
        <button type="button" className="button danger" onClick={() => void confirm()}>
          Disconnect
        </button>
      </div>
    </dialog>
  );
}

export function ConnectionList(props: { connections: ConnectionSummary[] }) {
  const authCall = useAppStore((s) => s.authCall);
  const [disconnecting, setDisconnecting] = useState<ConnectionSummary>();
  const offline = useOffline();
  const reasonId = useId();
  return (
    <ul className="connections" aria-label="Salesforce connections">
      {props.connections.map((c) => (
        <li key={c.key} className="connection" data-state={c.state}>
          <div>
            <strong>
              {c.state === 'connected' ? `Connected as ${c.displayName}` : 'Reconnect needed'} at{' '}
              {c.orgName}
            </strong>
            <div className="muted">
              {c.username} · {c.instanceHost}
              {c.isSandbox ? ' · Sandbox' : ''}
              {c.active ? ' · In use' : ''}
            </div>
            {c.reason ? <p className="muted">{c.reason}</p> : null}
          </div>
          <div className="connection-actions">
            {!c.active ? (
              <button
                type="button"
                className="button secondary"
                aria-label={`Use ${c.orgName}`}
                onClick={() => void authCall(api().auth.switch({ key: c.key }))}
              >
                Use this org
              </button>
            ) : null}
            {c.state === 'reconnect-needed' ? (
              <button
                type="button"
                className="button"
                aria-label={`Reconnect ${c.orgName}`}
                disabled={offline}
                aria-describedby={offline ? reasonId : undefined}
                onClick={() => void authCall(api().auth.reconnect({ key: c.key }))}
              >
                Reconnect
              </button>
            ) : null}
            <button
              type="button"
              className="button secondary"
              aria-label={`Disconnect ${c.orgName}`}
              onClick={() => setDisconnecting(c)}
            >
              Disconnect
            </button>
          </div>
        </li>
      ))}
      {offline && props.connections.some((c) => c.state === 'reconnect-needed') ? (
        <li id={reasonId} className="muted disabled-reason">
          {offlineReason}
        </li>
      ) : null}
      {disconnecting ? (
        <DisconnectDialog connection={disconnecting} onClose={() => setDisconnecting(undefined)} />
      ) : null}
    </ul>
  );
}
