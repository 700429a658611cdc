import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runSyncCli } from '../../../../src/core/cli/runSyncCli';
import { createRecord } from '../../../../src/core/outbox/localEdits';
import { tryCacheLock } from '../../../../src/core/store/cacheLock';
import { preferencesFile } from '../../../../src/core/settings/preferencesFile';
import { orgAndCore } from '../../../support/connectedCore';
import { cli, connectionArgs, runCli } from '../../../support/cliRunner';
import { expectCacheEqualsServer, syncHarness } from '../../../support/syncHarness';

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

  it('waits while another process syncs the cache, then exits 4 without pushing beside it', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    await h.sync({ objects: ['User', 'Lead'] });
    const lead = { LastName: 'Not twice', Company: 'Train Co', Status: 'Open - Not Contacted' };
    expect(createRecord(h.db, 'Lead', lead, h.fake.userId, Date.now()).saved).toBe(true);
    const lock = tryCacheLock(h.file)!;
    try {
      const result = await runCli([...connectionArgs(h), '--objects', 'Lead', '--wait', '1']);
      expect(result.status).toBe(4);
      expect(result.stderr).toMatch(/is syncing this cache; waiting up to 1 s/);
      expect(result.stderr).toMatch(/nothing was sent/);
    } finally {
      lock.release();
    }
    expect(h.fake.control.all('Lead').filter((l) => l['LastName'] === 'Not twice')).toEqual([]);
    expect(h.db.prepare(`SELECT status FROM outbox`).pluck().all()).toEqual(['pending']);
  });

  it.each([
    [
      ['--db', 'x.sqlite'],
      /which only the app can open: run the Roadbook app binary with --sync/,
      2,
    ],
    [['--connection', 'rep@example.com'], /which only the app can open/, 2],
    [['--instance-url', 'http://localhost:1'], /an access token .* and --db go together/, 2],
    [
      ['--instance-url', 'http://localhost:1', '--db', 'x.sqlite', '--access-token-stdin'],
      /--access-token-stdin read no token/,
      2,
    ],
    [
      ['--access-token-stdin', '--access-token', 't', '--db', 'x.sqlite'],
      /Give the access token one way/,
      2,
    ],
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

  it('takes the access token from the environment or stdin, and warns when it is on argv', async () => {
    const h = await syncHarness({ dataset: 'tiny' });
    h.db.close();
    const token = h.conn.accessToken!;
    const base = ['--instance-url', h.fake.url, '--db', h.file, '--objects', 'Account'];
    const fromEnv = await runCli(base, { env: { ROADBOOK_ACCESS_TOKEN: token } });
    const fromStdin = await runCli([...base, '--access-token-stdin'], { input: `${token}\n` });
    const fromArgv = await runCli([...base, '--access-token', token]);
    for (const run of [fromEnv, fromStdin, fromArgv]) expect(run.status, run.stderr).toBe(0);
    expect(fromEnv.stderr + fromStdin.stderr).not.toMatch(/warning/);
    expect(fromArgv.stderr).toMatch(/warning: --access-token is visible to other users/);
    for (const run of [fromEnv, fromStdin, fromArgv])
      expect(run.stdout + run.stderr).not.toContain(token);
  });

  it('syncs with a connection the app saved, as the app binary runs it (--sync)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-cli-app-'));
    const { fake, signIn, cipher, core } = await orgAndCore(
      { dataset: 'tiny', autoApprove: true },
      { dataDir, settings: preferencesFile(dataDir) },
    );
    await signIn();
    await core.sync.stop();
    const username = (await core.auth.state()).connections[0]!.username;
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      env: {},
      cipher,
      dataDir,
    };
    fake.control.update('Lead', fake.control.all('Lead')[0]!.Id, { Title: 'Synced headless' });
    expect(
      await runSyncCli(['--connection', username.toUpperCase(), '--json'], io),
      err.join(''),
    ).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ outcome: 'done' });
    const db = new Database(path.join(dataDir, `${fake.orgId}-${fake.userId}.sqlite`), {
      readonly: true,
    });
    expect(
      db.prepare(`SELECT COUNT(*) FROM sf_lead WHERE json LIKE '%Synced headless%'`).pluck().get(),
    ).toBe(1);
    db.close();

    expect(await runSyncCli(['--connection', 'someone@else.example'], io)).toBe(1);
    expect(err.join('')).toContain(`Saved: ${username}.`);
    cipher.breakKey();
    expect(await runSyncCli(['--json'], io)).toBe(1);
    expect(err.join('')).toMatch(/could not unlock the saved sign-in/);
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
