import type { Connection } from 'jsforce';
import { HttpApi } from 'jsforce/lib/http-api.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import { apiVersion, failure, signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg;
let conn: Connection;
beforeAll(async () => {
  fake = await startFakeOrg({ dataset: 'demo', autoApprove: true, bulkProcessingMs: 50 });
  conn = await signIn(fake);
});
afterAll(async () => fake.stop());

const jobsUrl = `/services/data/v${apiVersion}/jobs/query`;
type Job = { id: string; state: string; object: string; numberRecordsProcessed: number };

const sendJson = <T>(method: string, url: string, body: unknown) =>
  conn.request<T>({
    method: method as 'POST',
    url,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
const createJob = (operation: 'query' | 'queryAll', query: string) =>
  sendJson<Job>('POST', jobsUrl, { operation, query });

async function waitForJob(id: string): Promise<Job> {
  for (;;) {
    const job = await conn.request<Job>(`${jobsUrl}/${id}`);
    if (job.state !== 'UploadComplete' && job.state !== 'InProgress') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Our own results loop: jsforce's bulk2.query crashes on the second page (jsforce#1546). */
async function allPages(id: string, maxRecords: number) {
  const pages: Array<{ rows: Array<Record<string, string>>; count: string; locator: string }> = [];
  let locator: string | undefined;
  do {
    const api = new HttpApi(conn, {});
    let headers: Record<string, string> = {};
    api.on(
      'response',
      (response: { headers: Record<string, string> }) => (headers = response.headers),
    );
    const query = new URLSearchParams({
      maxRecords: String(maxRecords),
      ...(locator ? { locator } : {}),
    });
    const rows = (await api.request({
      method: 'GET',
      url: `${conn.instanceUrl}${jobsUrl}/${id}/results?${query}`,
      headers: { Accept: 'text/csv' },
    })) as Array<Record<string, string>>;
    locator = headers['sforce-locator'];
    pages.push({ rows, count: headers['sforce-numberofrecords']!, locator: locator! });
  } while (locator && locator !== 'null');
  return pages;
}

describe('fake org Bulk API 2.0 query', () => {
  it('runs a job through its states and serves CSV pages until Sforce-Locator is "null"', async () => {
    const created = await createJob(
      'query',
      'SELECT Id, Name, Website, Owner.Name, SystemModstamp FROM Account',
    );
    expect(created).toMatchObject({
      state: 'UploadComplete',
      object: 'Account',
      operation: 'query',
      contentType: 'CSV',
      columnDelimiter: 'COMMA',
      lineEnding: 'LF',
    });
    expect(created.id).toMatch(/^750[A-Za-z0-9]{15}$/);
    const early = await failure(conn.request(`${jobsUrl}/${created.id}/results`));
    expect(early).toMatchObject({ errorCode: 'JOB_NOT_COMPLETE' });
    const done = await waitForJob(created.id);
    const truth = fake.control.all('Account').filter((a) => !a['IsDeleted']);
    expect(done).toMatchObject({ state: 'JobComplete', numberRecordsProcessed: truth.length });

    const pages = await allPages(created.id, 700);
    const expectedCounts: number[] = [];
    for (let left = truth.length; left > 0; left -= 700) expectedCounts.push(Math.min(700, left));
    expect(pages.map((p) => Number(p.count))).toEqual(expectedCounts);
    expect(pages.at(-1)!.locator).toBe('null');
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(truth.length);
    expect(new Set(rows.map((r) => r['Id'])).size).toBe(truth.length);
    expect(Object.keys(rows[0]!)).toEqual([
      'Id',
      'Name',
      'Website',
      'Owner.Name',
      'SystemModstamp',
    ]);
    const sample = truth.find((a) => a['Website'] === null)!;
    const row = rows.find((r) => r['Id'] === sample.Id)!;
    expect(row['Website']).toBe('');
    expect(row['SystemModstamp']).toBe(String(sample['SystemModstamp']).replace('+0000', 'Z'));
  });

  it('quotes CSV values so commas, quotes and new lines survive', async () => {
    const tricky = fake.control.create('Account', { Name: 'Comma, "Quote" \nLine Ltd' });
    const created = await createJob(
      'query',
      `SELECT Id, Name FROM Account WHERE Id = '${tricky.Id}'`,
    );
    await waitForJob(created.id);
    const [page] = await allPages(created.id, 10);
    expect(page!.rows).toEqual([{ Id: tricky.Id, Name: 'Comma, "Quote" \nLine Ltd' }]);
  });

  it('works with jsforce’s own bulk2.query when the results fit one page', async () => {
    const records = await conn.bulk2.query("SELECT Id, Status FROM Lead WHERE Rating = 'Hot'", {
      pollInterval: 20,
    });
    const rows = (await records.toArray()) as Array<Record<string, string>>;
    expect(rows).toHaveLength(
      fake.control.all('Lead').filter((l) => l['Rating'] === 'Hot' && !l['IsDeleted']).length,
    );
  });

  it('includes deleted rows for queryAll, aborts and deletes jobs, refuses aggregates', async () => {
    const doomed = fake.control.create('Lead', { LastName: 'Bin', Company: 'Bin' });
    fake.control.remove('Lead', doomed.Id);
    const queryAll = await createJob(
      'queryAll',
      `SELECT Id, IsDeleted FROM Lead WHERE Id = '${doomed.Id}'`,
    );
    await waitForJob(queryAll.id);
    expect((await allPages(queryAll.id, 10))[0]!.rows).toEqual([
      { Id: doomed.Id, IsDeleted: 'true' },
    ]);

    const slow = await createJob('query', 'SELECT Id FROM Contact');
    const aborted = await sendJson<Job>('PATCH', `${jobsUrl}/${slow.id}`, { state: 'Aborted' });
    expect(aborted.state).toBe('Aborted');
    await conn.request({ method: 'DELETE', url: `${jobsUrl}/${slow.id}` });
    expect(await failure(conn.request(`${jobsUrl}/${slow.id}`))).toMatchObject({
      errorCode: 'NOT_FOUND',
    });

    const aggregate = await failure(createJob('query', 'SELECT COUNT(Id) FROM Lead'));
    expect(aggregate.errorCode).toBe('API_ERROR');
    const badField = await failure(createJob('query', 'SELECT Nope FROM Lead'));
    expect(badField.errorCode).toBe('INVALID_FIELD');
  });
});
