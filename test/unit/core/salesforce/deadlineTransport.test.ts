import { afterEach, describe, expect, it } from 'vitest';
import { apiVersion } from '../../../../src/core/salesforce/apiVersion';
import { withDeadline } from '../../../../src/core/salesforce/deadlineTransport';
import { errorText, networkError } from '../../../../src/core/salesforce/networkError';
import { startFakeOrg, type FakeOrg } from '../../../fake-org';
import type { FaultKind, FaultRule } from '../../../fake-org/faults';
import { signIn } from '../../../support/fakeOrgSignIn';

let fake: FakeOrg | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

const deadlineMs = 800;
type Fault = FaultKind;
const faults: Array<[string, Fault, RegExp]> = [
  ['no answer at all', { kind: 'latency', ms: 5_000 }, /ETIMEDOUT/],
  ['the headers, then silence', { kind: 'stall' }, /ETIMEDOUT/],
  ['half the body, then silence', { kind: 'stall', midBody: true }, /ETIMEDOUT/],
  ['the body cut after the headers', { kind: 'reset' }, /ECONNRESET/],
  ['the connection closed unanswered', { kind: 'drop' }, /ECONNRESET/],
  ['JSON cut in half', { kind: 'truncated-json' }, /ECONNRESET/],
];

describe('a Salesforce call with a deadline', () => {
  it.each(faults)('ends as a network error after %s', async (_name, fault, code) => {
    fake = await startFakeOrg({ autoApprove: true });
    const conn = withDeadline(await signIn(fake), deadlineMs);
    // Every try faulted: a POST is never tried twice, so the first failure is the answer.
    fake.control.addFault({ ...fault, route: 'composite' } as FaultRule);
    const error = await conn
      .request({
        method: 'POST',
        url: `/services/data/v${apiVersion}/composite`,
        body: JSON.stringify({ compositeRequest: [] }),
        headers: { 'Content-Type': 'application/json' },
      })
      .catch((e: unknown) => e);
    expect(errorText(error)).toMatch(code);
    expect(errorText(error)).toMatch(networkError);
  });

  it('tries a read again after a 503 or a dropped connection, as jsforce does', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const conn = withDeadline(await signIn(fake), deadlineMs);
    fake.control.addFault({ route: 'limits', kind: 'status', status: 503, nth: [1] });
    fake.control.addFault({ route: 'limits', kind: 'drop', nth: [2] });
    fake.control.resetRequestCounts();
    const limits = await conn.request<{ DailyApiRequests: unknown }>(
      `/services/data/v${apiVersion}/limits`,
    );
    expect(limits.DailyApiRequests).toBeTruthy();
    expect(fake.control.requestCounts()['limits']).toBe(3);
  });

  it('does not wait twice for a read that ran out its deadline', async () => {
    fake = await startFakeOrg({ autoApprove: true });
    const conn = withDeadline(await signIn(fake), deadlineMs);
    fake.control.addFault({ route: 'limits', kind: 'stall' });
    fake.control.resetRequestCounts();
    await expect(conn.request(`/services/data/v${apiVersion}/limits`)).rejects.toThrow(
      /did not answer within/,
    );
    expect(fake.control.requestCounts()['limits']).toBe(1);
  });
});
