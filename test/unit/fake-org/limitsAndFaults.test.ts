import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg, type FakeOrgOptions } from '../../fake-org';
import { apiVersion, failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
afterEach(async () => fake?.stop());
const start = async (options: FakeOrgOptions = {}) => {
  fake = await startFakeOrg({ autoApprove: true, ...options });
  return signIn(fake);
};

describe('fake org headers, limits and faults', () => {
  it('sends exact JSON content type and Sforce-Limit-Info on every REST response, errors included', async () => {
    const conn = await start({ dailyApiLimit: 500 });
    const get = (path: string) =>
      fetch(`${fake.url}/services/data/v${apiVersion}${path}`, {
        headers: { Authorization: `Bearer ${conn.accessToken}` },
      });
    const ok = await get('/limits');
    expect(ok.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(ok.headers.get('sforce-limit-info')).toBe('api-usage=1/500');
    expect(await ok.json()).toMatchObject({ DailyApiRequests: { Max: 500, Remaining: 499 } });
    const bad = await get('/query?q=SELECT+Nope+FROM+Account');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('sforce-limit-info')).toBe('api-usage=2/500');
    const versions = await fetch(`${fake.url}/services/data`);
    expect(versions.headers.get('sforce-limit-info')).toBeNull();
    expect(await versions.json()).toContainEqual({
      label: "Winter '25",
      url: '/services/data/v62.0',
      version: '62.0',
    });
    await conn.query('SELECT Id FROM Account LIMIT 1');
    expect(conn.limitInfo).toEqual({ apiUsage: { used: 3, limit: 500 } });
  });

  it('runs out of daily API requests with REQUEST_LIMIT_EXCEEDED', async () => {
    const conn = await start({ dailyApiLimit: 3 });
    for (let i = 0; i < 3; i++) await conn.query('SELECT Id FROM Account LIMIT 1');
    const error = await failure(conn.query('SELECT Id FROM Account LIMIT 1'));
    expect(error).toMatchObject({
      errorCode: 'REQUEST_LIMIT_EXCEEDED',
      message: 'TotalRequests Limit exceeded.',
    });
  });

  it('expires sessions: jsforce refreshes once and carries on', async () => {
    const conn = await start();
    const refreshed: string[] = [];
    conn.on('refresh', (token: string) => refreshed.push(token));
    fake.control.resetRequestCounts();
    fake.control.expireSessions();
    const result = await conn.query('SELECT COUNT() FROM Account');
    expect(result.totalSize).toBeGreaterThan(0);
    expect(refreshed).toHaveLength(1);
    expect(fake.control.requestCounts()).toEqual({ query: 2, 'oauth.token': 1 });
  });

  it('injects scripted faults: the 2nd query fails with 503 and Retry-After', async () => {
    const conn = await start();
    fake.control.addFault({
      route: 'record.create',
      kind: 'status',
      status: 503,
      retryAfter: 30,
      nth: [2],
    });
    await conn.sobject('Lead').create({ LastName: 'A', Company: 'B' });
    const raw = await fetch(`${fake.url}/services/data/v${apiVersion}/sobjects/Lead`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${conn.accessToken}`, 'Content-Type': 'application/json' },
      body: '{"LastName":"C","Company":"D"}',
    });
    expect(raw.status).toBe(503);
    expect(raw.headers.get('retry-after')).toBe('30');
    expect(await raw.json()).toEqual([
      { errorCode: 'SERVER_UNAVAILABLE', message: expect.any(String) },
    ]);
    await expect(
      conn.sobject('Lead').create({ LastName: 'E', Company: 'F' }),
    ).resolves.toMatchObject({ success: true });
  });

  it.each([
    [{ kind: 'query-timeout' as const }, 'QUERY_TIMEOUT'],
    [{ kind: 'request-limit' as const }, 'REQUEST_LIMIT_EXCEEDED'],
  ])('fails a query with %o as Salesforce would', async (fault, code) => {
    const conn = await start();
    fake.control.addFault({ route: 'query', ...fault, times: 1 });
    expect(await failure(conn.query('SELECT Id FROM Account'))).toMatchObject({ errorCode: code });
    await expect(conn.query('SELECT Id FROM Account')).resolves.toHaveProperty('totalSize');
  });

  it('sends a 401 INVALID_SESSION_ID on demand, which jsforce answers with a refresh', async () => {
    const conn = await start();
    fake.control.addFault({ route: 'describe', kind: 'invalid-session', nth: [1] });
    fake.control.resetRequestCounts();
    await conn.sobject('Account').describe();
    expect(fake.control.requestCounts()).toMatchObject({ describe: 2, 'oauth.token': 1 });
  });

  it('truncates JSON and resets connections mid-body', async () => {
    const conn = await start();
    fake.control.addFault({ route: 'record.create', kind: 'truncated-json', times: 1 });
    // jsforce does not reject unparsable JSON: it hands back the raw text, so callers must check shapes.
    const truncated = await conn.sobject('Lead').create({ LastName: 'T', Company: 'T' });
    expect(typeof truncated).toBe('string');
    expect(() => JSON.parse(truncated as unknown as string)).toThrow();
    fake.control.addFault({ route: 'record.update', kind: 'reset', times: 1 });
    const [lead] = fake.control.all('Lead');
    const reset = await failure(conn.sobject('Lead').update({ Id: lead!.Id, Rating: 'Hot' }));
    expect(reset.message).toMatch(/socket|aborted|premature|terminated|ECONNRESET/i);
  });

  it('adds latency and counts requests per route', async () => {
    const conn = await start();
    fake.control.resetRequestCounts();
    fake.control.addFault({ route: 'limits', kind: 'latency', ms: 150 });
    const began = performance.now();
    await conn.limits();
    expect(performance.now() - began).toBeGreaterThanOrEqual(140);
    await conn.query('SELECT Id FROM Account');
    expect(fake.control.requestCounts()).toEqual({ limits: 1, query: 1 });
  });

  it('fires probabilistic faults reproducibly from the seed', async () => {
    const runs: number[][] = [];
    for (let run = 0; run < 2; run++) {
      const conn = await start({ seed: 7 });
      fake.control.addFault({ route: 'limits', kind: 'request-limit', probability: 0.5 });
      const outcomes: number[] = [];
      for (let i = 0; i < 12; i++)
        outcomes.push(
          await conn.limits().then(
            () => 1,
            () => 0,
          ),
        );
      runs.push(outcomes);
      await fake.stop();
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]).toContain(0);
    expect(runs[0]).toContain(1);
  });

  it('exposes the same control plane over HTTP', async () => {
    await start();
    const state = (await fetch(`${fake.url}/__fake/state`).then((r) => r.json())) as {
      users: Array<{ id: string }>;
    };
    expect(state.users[0]!.id).toBe(fake.userId);
    const created = await fetch(`${fake.url}/__fake/records/Account`, {
      method: 'POST',
      body: JSON.stringify({ values: { Name: 'Remote' } }),
    });
    const { id } = (await created.json()) as { id: string };
    expect(fake.control.get('Account', id)['Name']).toBe('Remote');
    await fetch(`${fake.url}/__fake/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 60_000 }),
    });
    expect(fake.control.state().now).toBeGreaterThanOrEqual(Date.now() + 59_000);
    const counts = await fetch(`${fake.url}/__fake/requests`).then((r) => r.json());
    expect(counts).toEqual({ 'oauth.authorize': 1, 'oauth.token': 1 });
  });
});
