import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiVersion } from '../../src/core/salesforce/apiVersion';
import { createRecord, saveEdit } from '../../src/core/outbox/localEdits';
import { openDatabase } from '../../src/core/store/openDatabase';
import { syncOrg } from '../../src/core/sync/syncOrg';
import { startFakeOrg } from '../fake-org';
import { signIn } from '../support/fakeOrgSignIn';

/**
 * Write-back of a day offline: 1,000 lead edits and 200 new leads. The outbox (collections for
 * creates, /composite with If-Unmodified-Since for updates) against the naive approach of one
 * REST call per change, measured in the same run.
 */
export async function measurePush() {
  const fake = await startFakeOrg({ dataset: 'tiny', scale: { leads: 2000 }, autoApprove: true });
  try {
    const conn = await signIn(fake);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-push-')), 'c.sqlite');
    const db = openDatabase(file);
    const sync = (pushOnly: boolean) =>
      syncOrg({ db, conn, apiVersion, userId: fake.userId, pushOnly, objects: ['Lead'] });
    await sync(false);
    const leads = fake.control.all('Lead').slice(0, 1000);
    const now = Date.now();
    for (const [i, lead] of leads.entries())
      saveEdit(db, 'Lead', lead.Id, { Title: `Bench ${i}` }, now);
    for (let i = 0; i < 200; i++)
      createRecord(
        db,
        'Lead',
        { LastName: `Bench ${i}`, Company: 'Bench', Status: 'Open - Not Contacted' },
        fake.userId,
        now,
      );
    const began = performance.now();
    const pushed = await sync(true);
    const outboxMs = performance.now() - began;
    db.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });

    const naiveBegan = performance.now();
    for (const [i, lead] of leads.entries())
      await conn.sobject('Lead').update({ Id: lead.Id, Title: `Naive ${i}` });
    for (let i = 0; i < 200; i++)
      await conn
        .sobject('Lead')
        .create({ LastName: `Naive ${i}`, Company: 'Bench', Status: 'Open - Not Contacted' });
    const naiveMs = performance.now() - naiveBegan;
    return {
      changes: 1200,
      outboxMs: Math.round(outboxMs),
      outboxApiCalls: pushed.apiCalls,
      naiveMs: Math.round(naiveMs),
      naiveApiCalls: 1200,
      speedup: Math.round((naiveMs / outboxMs) * 10) / 10,
    };
  } finally {
    await fake.stop();
  }
}
