import { useState } from 'react';
import type { AuthState } from '../../../shared/ipc/authState';
import { api } from '../api';
import { useAppStore } from '../state/appStore';

/** Waiting for the browser, the last sign-in problem, and whether sign-in can be remembered. */
export function SignInStatus(props: { auth: AuthState }) {
  const authCall = useAppStore((s) => s.authCall);
  const [showDetails, setShowDetails] = useState(false);
  const { pending, lastError, vault } = props.auth;
  return (
    <>
      {!vault.persistent && vault.reason ? (
        <p className="notice" role="note">
          {vault.reason}
        </p>
      ) : null}
      {pending ? (
        <div className="pending" role="status">
          <span>
            Waiting for browser sign-in at {pending.loginHost}… Finish signing in in your browser.
          </span>
          <button
            type="button"
            className="button secondary"
            onClick={() => void authCall(api().auth.cancel({}))}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {lastError ? (
        <div className="error-banner" role="alert">
          <p>{lastError.message}</p>
          <button
            type="button"
            className="link-button"
            aria-expanded={showDetails}
            onClick={() => setShowDetails(!showDetails)}
          >
            {showDetails ? 'Hide details' : 'Show details'}
          </button>
          {showDetails ? <code className="error-code">{lastError.code}</code> : null}
        </div>
      ) : null}
    </>
  );
}
