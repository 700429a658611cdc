import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecord, saveEdit } from '../../../../src/core/outbox/localEdits';
import { cli } from '../../../support/cliRunner';
import { syncHarness } from '../../../support/syncHarness';

/** A repeatable random source, so a failing run can be replayed from its seed. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

type Run = { child: ChildProcess; exited: Promise<number | null>; output: () => string };

function start(args: string[], token: string): Run {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ROADBOOK_ACCESS_TOKEN: token },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

describe('one writer per cache, across processes', () => {
  it('creates every record once and sends every edit while the app and the CLI sync one cache and either is killed', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync({ objects: ['User', 'Lead'] });
    const token = h.conn.accessToken!;
    const dataDir = path.dirname(h.file);
    const key = path.basename(h.file, '.sqlite');
    const settleMs = '1500';
    const app = () =>
      start(
        [
          '--import',
          'tsx',
          path.join(import.meta.dirname, 'syncServiceProcess.ts'),
          dataDir,
          key,
          h.fake.url,
          settleMs,
        ],
        token,
      );
    const headless = () =>
      start(
        [
          ...cli,
          '--instance-url',
          h.fake.url,
          '--db',
          h.file,
          '--objects',
          'Lead',
          '--crash-settle-ms',
          settleMs,
        ],
        token,
      );
    // Creates stay on the wire long enough for the other process to take its turn meanwhile.
    h.fake.control.addFault({ route: 'composite.create', kind: 'latency', ms: 700 });
    const creates = () => h.fake.control.requestCounts()['composite.create'] ?? 0;
    const random = seeded(Number(process.env['ROADBOOK_TEST_SEED'] ?? 18));
    const leads = h.fake.control.all('Lead').slice(0, 5);
    const created: string[] = [];
    const edited = new Map<string, string>();
    const runs = 20;
    for (let run = 0; run < runs; run++) {
      for (let i = 0; i < 2; i++) {
        const name = `Two writers ${run}-${i}`;
        const saved = createRecord(
          h.db,
          'Lead',
          { LastName: name, Company: 'Train Co', Status: 'Open - Not Contacted' },
          h.fake.userId,
          Date.now(),
        );
        expect(saved.saved).toBe(true);
        created.push(name);
      }
      const lead = leads[run % leads.length]!;
      expect(saveEdit(h.db, 'Lead', lead.Id, { Title: `Edit ${run}` }, Date.now()).saved).toBe(
        true,
      );
      edited.set(lead.Id, `Edit ${run}`);

      const both = random() < 0.5 ? [app(), headless()] : [headless(), app()];
      // Kill one of them, either, while a create is on the wire or just after: the moments
      // that could send one twice or lose one.
      const before = creates();
      let ended = 0;
      for (const r of both) void r.exited.then(() => ended++);
      while (creates() === before && ended === 0)
        await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, random() * 900));
      both[random() < 0.5 ? 0 : 1]!.child.kill('SIGKILL');
      const codes = await Promise.all(both.map((r) => r.exited));
      for (const [i, code] of codes.entries()) expect([0, null], both[i]!.output()).toContain(code);
    }
    // A last run, killed by no one, finishes what the killed ones left.
    const last = headless();
    expect(await last.exited, last.output()).toBe(0);

    const names = h.fake.control
      .all('Lead')
      .filter((l) => !l['IsDeleted'])
      .map((l) => l['LastName'] as string);
    for (const name of created)
      expect(
        names.filter((n) => n === name),
        name,
      ).toHaveLength(1);
    for (const [id, title] of edited) expect(h.fake.control.get('Lead', id)?.['Title']).toBe(title);
    expect(h.db.prepare('SELECT COUNT(*) FROM outbox').pluck().get()).toBe(0);
  }, 300_000);
});
