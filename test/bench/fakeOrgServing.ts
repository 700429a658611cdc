import { startFakeOrg } from '../fake-org';
import { signIn } from '../support/fakeOrgSignIn';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * How fast the fake org serves what a sync asks for, so a benchmark never measures it by mistake:
 * REST query pages of 2000 rows and Bulk API 2.0 CSV pages, from the chosen dataset.
 */
export async function measureFakeOrgServing(dataset: 'large' | 'huge', pages: number) {
  const began = performance.now();
  const fake = await startFakeOrg({ dataset, autoApprove: true, dailyApiLimit: 10_000_000 });
  const startMs = performance.now() - began;
  const rssAfterStart = process.memoryUsage().rss;
  const conn = await signIn(fake);
  const soql =
    'SELECT Id, FirstName, LastName, Email, Phone, AccountId, OwnerId, SystemModstamp FROM Contact ORDER BY SystemModstamp, Id';

  // The first page filters and sorts the whole object; later pages only slice and serialise.
  const firstBegan = performance.now();
  let result = await conn.query(soql);
  const firstPageMs = performance.now() - firstBegan;
  let rows = 0;
  const restBegan = performance.now();
  for (let i = 0; i < pages && !result.done; i++) {
    result = await conn.queryMore(result.nextRecordsUrl!);
    rows += result.records.length;
  }
  const restSeconds = (performance.now() - restBegan) / 1000;

  const jobsUrl = '/services/data/v62.0/jobs/query';
  const job = await conn.request<{ id: string }>({
    method: 'POST',
    url: jobsUrl,
    body: JSON.stringify({ operation: 'query', query: soql.replace(/ ORDER BY.*/, '') }),
    headers: { 'Content-Type': 'application/json' },
  });
  let bulkRows = 0;
  let locator = '';
  const bulkBegan = performance.now();
  do {
    const response = await fetch(
      `${fake.url}${jobsUrl}/${job.id}/results?maxRecords=50000${locator ? `&locator=${locator}` : ''}`,
      { headers: { Authorization: `Bearer ${conn.accessToken}` } },
    );
    const text = await response.text();
    bulkRows += text.split('\n').length - 2;
    locator = response.headers.get('sforce-locator') ?? 'null';
  } while (locator !== 'null');
  const bulkSeconds = (performance.now() - bulkBegan) / 1000;
  const rss = process.memoryUsage().rss;
  await fake.stop();
  return {
    dataset,
    startMs: Math.round(startMs),
    rssAfterStartMb: mb(rssAfterStart),
    peakRssMb: mb(Math.max(rss, rssAfterStart)),
    restFirstPageMs: Math.round(firstPageMs),
    restPages: pages,
    restRowsPerSecond: Math.round(rows / restSeconds),
    restMsPerPage: Math.round((restSeconds * 1000) / pages),
    bulkRows,
    bulkRowsPerSecond: Math.round(bulkRows / bulkSeconds),
  };
}
