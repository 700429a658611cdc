import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, connectionArgs, runCli } from './cliRunner';
import { expectCacheEqualsServer, syncHarness } from './syncHarness';

describe('headless sync CLI', () => {
  it('syncs into a database file and prints one JSON summary line', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    h.db.close();
    const result = await runCli([...connectionArgs(h), '--objects', 'Account,Lead', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!) as {
      outcome: string;
      objects: Array<{ object: string; cached: number }>;
      apiCalls: number;
    };
    expect(summary.outcome).toBe('done');
    expect(summary.objects.map((o) => [o.object, o.cached])).toEqual([
      ['Account', h.fake.control.all('Account').length],
      ['Lead', h.fake.control.all('Lead').length],
    ]);
    expect(result.stderr).toMatch(/Account: initial/);
  });

  it.each([
    [['--db', 'x.sqlite'], /--instance-url, --access-token and --db are required/, 2],
    [
      [
        '--instance-url',
        'http://localhost:1',
        '--access-token',
        't',
        '--db',
        'x.sqlite',
        '--objects',
        'Widget',
      ],
      /does not sync Widget/,
      2,
    ],
  ])('explains bad arguments %j', async (args, message, code) => {
    const result = await runCli(args);
    expect(result.status).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  it('fails clearly on an expired session', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    h.fake.control.expireSessions();
    const result = await runCli(connectionArgs(h));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/INVALID_SESSION_ID: Session expired or invalid/);
  });

  it('survives kill -9 at random moments: the file stays sound and a resumed sync converges', async () => {
    const h = await syncHarness({
      dataset: 'demo',
      faults: [
        { route: 'queryMore', kind: 'latency', ms: 40 },
        { route: 'queryAll', kind: 'latency', ms: 40 },
      ],
    });
    h.db.close();
    const args = connectionArgs(h);
    for (let run = 0; run < 20; run++) {
      const child = spawn(process.execPath, [...cli, ...args], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, 700 + Math.random() * 900));
      child.kill('SIGKILL');
      await exited;
      const db = new Database(h.file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      if (run % 5 === 4)
        h.fake.control.update('Account', h.fake.control.all('Account')[run]!.Id, {
          Phone: `+1 555 ${run}`,
        });
    }
    h.fake.control.clearFaults();
    expect((await runCli(args)).status).toBe(0);
    h.db = new Database(h.file);
    expectCacheEqualsServer(h, expect);
  }, 120_000);
});
