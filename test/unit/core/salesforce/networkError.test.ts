import { describe, expect, it } from 'vitest';
import { describeSignInFailure } from '../../../../src/core/auth/signInErrors';
import { isNetworkError } from '../../../../src/core/salesforce/networkError';

const nodeError = (code: string) =>
  Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });

describe('isNetworkError', () => {
  it.each([
    ['no route to the network', nodeError('ENETUNREACH'), true],
    ['a dropped connection', nodeError('ECONNRESET'), true],
    ['a connection that timed out', nodeError('ETIMEDOUT'), true],
    ['a DNS lookup to try again', nodeError('EAI_AGAIN'), true],
    ['an unknown host', nodeError('ENOTFOUND'), true],
    ['a refused connection', nodeError('ECONNREFUSED'), true],
    ['a socket hang up', new Error('socket hang up'), true],
    ['fetch failing', new TypeError('fetch failed'), true],
    ['a code only in errorCode', { errorCode: 'ECONNRESET' }, true],
    [
      'a Salesforce refusal',
      Object.assign(new Error('bad field'), { errorCode: 'INVALID_FIELD' }),
      false,
    ],
    [
      'an expired session',
      Object.assign(new Error('Session expired'), { errorCode: 'INVALID_SESSION_ID' }),
      false,
    ],
    ['an ordinary error', new Error('Cannot read properties of undefined'), false],
    ['nothing at all', undefined, false],
  ])('%s: %s', (_what, error, expected) => {
    expect(isNetworkError(error)).toBe(expected);
  });

  it('makes sign-in say the network is the trouble for every code sync treats as offline', () => {
    for (const code of ['ENETUNREACH', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'])
      expect(describeSignInFailure(nodeError(code)).code).toBe('NETWORK');
  });
});
