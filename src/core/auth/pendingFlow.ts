import { randomBytes } from 'node:crypto';

/** A sign-in waiting for the browser. Persisted, because jsforce keeps the verifier only in memory. */
export type PendingFlow = {
  state: string;
  verifier: string;
  loginHost: string;
  clientId: string;
  redirectUri: string;
  createdAt: number;
};

export const pendingFlowTtlMs = 15 * 60_000;

export function newPendingFlow(fields: Omit<PendingFlow, 'state' | 'verifier'>): PendingFlow {
  return {
    ...fields,
    state: randomBytes(24).toString('base64url'),
    verifier: randomBytes(96).toString('base64url'),
  };
}

/** Whether a callback URL is addressed to this flow's redirect (scheme, host and path exactly). */
export function isForRedirect(url: URL, redirectUri: string): boolean {
  const expected = new URL(redirectUri);
  return (
    url.protocol === expected.protocol &&
    url.host === expected.host &&
    url.pathname === expected.pathname
  );
}
