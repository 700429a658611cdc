import { IpcError } from '../../shared/ipc/result';
import { isNetworkError } from '../salesforce/networkError';

export type SignInError = { code: string; message: string };

const oauthMessages: Array<[RegExp, SignInError]> = [
  [
    /expired authorization code/i,
    { code: 'CODE_EXPIRED', message: 'Salesforce says the sign-in code expired — try again.' },
  ],
  [
    /invalid authorization code/i,
    {
      code: 'CODE_INVALID',
      message:
        'Salesforce did not accept the sign-in code (it may have been used already) — try again.',
    },
  ],
  [
    /code verifier/i,
    {
      code: 'VERIFIER_REJECTED',
      message:
        'Salesforce could not confirm this sign-in was started by Roadbook — start it again.',
    },
  ],
  [
    /redirect_uri/i,
    {
      code: 'CALLBACK_MISMATCH',
      message:
        "Salesforce's External Client App does not list Roadbook's callback URL (roadbook://oauth/callback). Ask your admin to add it.",
    },
  ],
];

/** Turns what jsforce or Salesforce said into words for a rep; the code stays for support. */
export function describeSignInFailure(error: unknown): SignInError {
  const e = error as { name?: string; message?: string; code?: string; errorCode?: string };
  if (e?.name === 'invalid_client_id' || e?.name === 'invalid_client') {
    return {
      code: 'UNKNOWN_CONSUMER_KEY',
      message:
        "Salesforce does not recognise this consumer key. Check the External Client App's consumer key in Settings.",
    };
  }
  if (e?.name === 'invalid_grant') {
    for (const [pattern, described] of oauthMessages)
      if (pattern.test(e.message ?? '')) return described;
    return { code: 'GRANT_REJECTED', message: 'Salesforce turned the sign-in down — try again.' };
  }
  if (e instanceof IpcError) return { code: e.code, message: e.message };
  if (isNetworkError(error)) {
    return {
      code: 'NETWORK',
      message: 'Roadbook could not reach Salesforce — check your connection and try again.',
    };
  }
  return {
    code: e?.errorCode ?? e?.name ?? 'UNKNOWN',
    message:
      'Salesforce sign-in did not work — try again. If it keeps failing, show the details to your admin.',
  };
}

export function describeAuthorizeError(error: string): SignInError {
  if (error === 'access_denied') {
    return {
      code: 'ACCESS_DENIED',
      message: 'You chose not to allow Roadbook in the browser, so nothing was connected.',
    };
  }
  return {
    code: error.toUpperCase().slice(0, 64),
    message: 'Salesforce stopped the sign-in in the browser — try again.',
  };
}
