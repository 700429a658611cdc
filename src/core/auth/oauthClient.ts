import jsforce, { type OAuth2 } from 'jsforce';
import { deadlineTransport } from '../salesforce/deadlineTransport';

type OAuth2Options = ConstructorParameters<typeof jsforce.OAuth2>[0];

/**
 * jsforce's OAuth2 with a deadline on every exchange, as the sync's calls have: a token endpoint
 * that stalls (a refresh in the middle of a sync, a code exchange, a revoke) ends as a network
 * error instead of holding the sync, the sign-in or the disconnect for good.
 */
export function oauthClient(options: OAuth2Options, deadlineMs: number): OAuth2 {
  const oauth2 = new jsforce.OAuth2(options);
  oauth2._transport = deadlineTransport(deadlineMs);
  return oauth2;
}
