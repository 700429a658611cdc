import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import { cli, connectionArgs, runCli } from '../../../support/cliRunner';
import { syncHarness } from '../../../support/syncHarness';

describe('write-back under kill -9', () => {
  it('loses no change and creates nothing twice when the push of 200 changes is killed again and again', async () => {
    const h = await syncHarness({ dataset: 'tiny', scale: { leads: 160 } });
    await h.sync();
    const now = Date.now();
    // Salesforce refuses any change to a converted lead.
    const leads = h.fake.control
      .all('Lead')
      .filter((l) => l['IsConverted'] !== true)
      .slice(0, 120);
    for (const [i, lead] of leads.entries())
      expect(saveEdit(h.db, 'Lead', lead.Id, { Title: `Edited ${i}` }, now).saved).toBe(true);
    const created: string[] = [];
    for (let i = 0; i < 50; i++) {
      const lead = createRecord(
        h.db,
        'Lead',
        { LastName: `Offline ${i}`, Company: 'Train Co', Status: 'Open - Not Contacted' },
        h.fake.userId,
        now,
      );
      if (lead.saved) created.push(lead.id);
    }
    for (let i = 0; i < 30; i++)
      createRecord(
        h.db,
        'Task',
        { Subject: `Call ${i}`, Status: 'Completed', TaskSubtype: 'Call', WhoId: created[i]! },
        h.fake.userId,
        now,
      );
    expect((h.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n).toBe(200);
    h.db.close();
    for (const route of ['composite', 'composite.create', 'composite.retrieve', 'query'])
      h.fake.control.addFault({ route, kind: 'latency', ms: 120 });

    // Each run starts after the last one's requests have landed (latency 120 ms, a process
    // start takes longer): a crash takeover need not wait the default 30 s for them.
    const args = [...connectionArgs(h), '--crash-settle-ms', '500'];
    const pushRoutes = ['composite', 'composite.create', 'composite.retrieve'];
    const pushRequests = () =>
      pushRoutes.reduce((n, route) => n + (h.fake.control.requestCounts()[route] ?? 0), 0);
    let kills = 0;
    for (let run = 0; run < 40 && kills < 12; run++) {
      const child = spawn(process.execPath, [...cli, ...args, '--objects', 'Lead'], {
        stdio: 'ignore',
      });
      let exitedByItself = false;
      const exited = new Promise((resolve) =>
        child.once('exit', (code) => resolve((exitedByItself = code !== null))),
      );
      // Kill while a write is on the wire or just answered: the moments that could lose or double one.
      const before = pushRequests();
      while (pushRequests() === before && !exitedByItself)
        await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      if (child.kill('SIGKILL') && !exitedByItself) kills++;
      await exited;
      const db = new Database(h.file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const left = (db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
      db.close();
      if (left === 0) break;
    }
    expect(kills).toBeGreaterThanOrEqual(10);
    h.fake.control.clearFaults();
    const finished = await runCli([...args, '--objects', 'Lead']);
    expect(finished.status, finished.stderr).toBe(0);

    const db = new Database(h.file);
    expect((db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n).toBe(0);
    db.close();
    for (const [i, lead] of leads.entries())
      expect(h.fake.control.get('Lead', lead.Id)['Title']).toBe(`Edited ${i}`);
    const serverLeads = h.fake.control.all('Lead').filter((l) => !l['IsDeleted']);
    for (let i = 0; i < 50; i++)
      expect(serverLeads.filter((l) => l['LastName'] === `Offline ${i}`)).toHaveLength(1);
    const tasks = h.fake.control.all('Task');
    for (let i = 0; i < 30; i++) {
      const calls = tasks.filter((t) => t['Subject'] === `Call ${i}`);
      expect(calls).toHaveLength(1);
      const lead = serverLeads.find((l) => l.Id === calls[0]!['WhoId']);
      expect(lead?.['LastName']).toBe(`Offline ${i}`);
    }
  }, 120_000);
});
