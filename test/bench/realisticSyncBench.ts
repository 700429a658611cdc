import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiVersion } from '../../src/core/salesforce/apiVersion';
import { openDatabase } from '../../src/core/store/openDatabase';
import { describeTtlMs } from '../../src/core/schema/fieldList';
import { syncOrg } from '../../src/core/sync/syncOrg';
import { listRecords, tableColumns } from '../../src/core/views/listRecords';
import { indexChosenFields } from '../../src/core/views/fieldSql';
import type { ListInput } from '../../src/shared/ipc/views';
import type { FakeOrg } from '../fake-org';
import { signIn } from '../support/fakeOrgSignIn';
import { runBenchProcess } from './benchProcess';
import { changeOnePercent } from './changeOnePercent';
import { startFakeOrgProcess } from './fakeOrgProcess';

const p95 = (samples: number[]) =>
  Math.round([...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)]! * 100) / 100;

async function control(orgUrl: string, route: string, body: unknown) {
  const send = () =>
    fetch(`${orgUrl}/__fake/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  // A pooled connection the org closed while idle fails before the request is read: once more.
  const response = await send().catch(send);
  if (!response.ok) throw new Error(`${response.status} from /__fake/${route}`);
}

/**
 * The `realistic` org (record types, three currencies, custom fields) at 100k records (1M with
 * `--huge`): first load and incremental syncs with every readable field, beside the
 * standard-fields figures of syncBench; then tables sorted and filtered by custom fields, and sorted by the names their
 * lookups point at (Partner, Owner, Account, Created By); and two fields an admin adds between
 * syncs filled into every cached row.
 */
export async function measureRealisticSync(scale: 'large' | 'huge') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-bench-'));
  const org = await startFakeOrgProcess('realistic', ['--scale', scale]);
  try {
    const conn = await signIn({ url: org.url, clientId: org.clientId } as FakeOrg);
    const userId = conn.userInfo!.id;
    const file = path.join(dir, 'cache.sqlite');
    const initial = await runBenchProcess<{ records: number; seconds: number; apiCalls: number }>(
      'test/bench/initialSyncProcess.ts',
      [org.url, org.clientId, file],
    );
    const db = openDatabase(file);
    const timed = async <T>(work: () => Promise<T>) => {
      const began = performance.now();
      const result = await work();
      return { result, seconds: (performance.now() - began) / 1000 };
    };
    const quiet = await timed(() => syncOrg({ db, conn, apiVersion, userId }));
    const changed = await changeOnePercent(db, org.url);
    const onePercent = await timed(() => syncOrg({ db, conn, apiVersion, userId }));

    const context = { userId, now: new Date() };
    const regions = ['EMEA', 'AMER', 'APAC'];
    const deals = (i: number): ListInput => ({
      object: 'Opportunity',
      filter: {
        owner: i % 2 ? 'me' : 'all',
        fields: i % 3 ? [{ field: 'Region__c', values: [regions[i % 3]!] }] : [],
      },
      sort: { column: i % 2 ? 'Region__c' : 'Next_Step_Date__c', desc: i % 4 < 2 },
      offset: (i * 397) % 2000,
      limit: 100,
    });
    const leads = (i: number): ListInput => ({
      object: 'Lead',
      filter: { owner: 'all', fields: [{ field: 'Score__c', min: i % 50 }] },
      sort: { column: 'Score__c', desc: i % 2 === 0 },
      offset: (i * 211) % 2000,
      limit: 100,
    });
    // Sorted by the name a lookup points at: the named table's index walked (views/lookupSort),
    // each column on its own (the rep's and everyone's deals, both ways, offsets to 2,000).
    const lookups = {
      Partner: 'Partner__c',
      Owner: 'OwnerName',
      Account: 'AccountName',
      CreatedBy: 'CreatedById',
    };
    const byLookup =
      (column: string) =>
      (i: number): ListInput => ({
        object: 'Opportunity',
        filter: { owner: i % 2 ? 'me' : 'all' },
        sort: { column, desc: i % 4 < 2 },
        offset: (i * 397) % 2000,
        limit: 100,
      });
    const indexBegan = performance.now();
    for (const question of [
      deals(0),
      deals(1),
      deals(2),
      leads(0),
      ...Object.values(lookups).map((column) => byLookup(column)(0)),
    ])
      indexChosenFields(db, question, tableColumns(question.object));
    const fieldIndexesMs = Math.round(performance.now() - indexBegan);
    const sample = (question: (i: number) => ListInput) =>
      Array.from({ length: 100 }, (_, i) => {
        const t = performance.now();
        listRecords(db, question(i), context);
        return performance.now() - t;
      });
    const dealP95 = p95(sample(deals));
    const leadP95 = p95(sample(leads));
    const lookupP95 = Object.fromEntries(
      Object.entries(lookups).map(([label, column]) => [label, p95(sample(byLookup(column)))]),
    );

    await control(org.url, 'fields', {
      object: 'Opportunity',
      field: {
        name: 'Expected_Revenue__c',
        label: 'Expected Revenue',
        type: 'formula',
        returnType: 'currency',
        formula: 'Amount * Probability / 100',
      },
    });
    await control(org.url, 'fields', {
      object: 'Lead',
      field: { name: 'Hot__c', label: 'Hot', type: 'checkbox' },
    });
    await control(org.url, 'clock', { advanceMs: describeTtlMs });
    const backfill = await timed(() => syncOrg({ db, conn, apiVersion, userId }));
    db.close();
    const calls = (summary: Awaited<ReturnType<typeof syncOrg>>) => summary.apiCalls;
    return {
      records: initial.records,
      initialSeconds: Math.round(initial.seconds * 10) / 10,
      initialRecordsPerSecond: Math.round(initial.records / initial.seconds),
      initialApiCalls: initial.apiCalls,
      incrementalNoChangeCalls: calls(quiet.result),
      incrementalNoChangeMs: Math.round(quiet.seconds * 1000),
      incremental1PercentChanged: changed,
      incremental1PercentCalls: calls(onePercent.result),
      incremental1PercentSeconds: Math.round(onePercent.seconds * 100) / 100,
      fieldIndexesMs,
      dealCustomFieldFilterSortP95Ms: dealP95,
      leadCustomFieldFilterSortP95Ms: leadP95,
      dealLookupSortP95Ms: lookupP95,
      addedFieldsBackfillCalls: calls(backfill.result),
      addedFieldsBackfillSeconds: Math.round(backfill.seconds * 100) / 100,
    };
  } finally {
    org.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
