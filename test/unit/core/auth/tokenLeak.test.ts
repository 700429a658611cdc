import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PendingFlow } from '../../../../src/core/auth/pendingFlow';
import { authSettingKeys } from '../../../../src/core/auth/authService';
import { preferencesFile } from '../../../../src/core/settings/preferencesFile';
import { invokeHandler } from '../../../../src/core/ipc/invokeHandler';
import { invokeChannels, type InvokeChannel } from '../../../../src/shared/ipc/channels';
import { answerInBrowser } from '../../../support/signInScript';
import { runCli } from '../../../support/cliRunner';
import { afterThisTest, orgAndCore } from '../../../support/connectedCore';

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesIn(full) : [full];
  });
}

/** How a token may show up: as issued, in a URL, or in a form body. */
const spellings = (token: string) => [
  ...new Set([
    token,
    encodeURIComponent(token),
    new URLSearchParams({ t: token }).toString().slice(2),
  ]),
];

describe('no token leaks', () => {
  it('keeps every code, token and verifier out of files, IPC, events, the log and the CLI', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-leak-'));
    afterThisTest(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const { core, deps, fake, lastOpened } = await orgAndCore(
      { dataset: 'tiny', rotateRefreshTokens: true },
      { dataDir, settings: preferencesFile(dataDir) },
    );
    afterThisTest(() => core.sync.stop());
    const traffic: unknown[] = [];
    core.events.subscribe((event, payload) => traffic.push({ event, payload }));
    const ipc = async (channel: InvokeChannel, input: unknown = {}) => {
      const answer = await invokeHandler(core.handlers, channel, input);
      traffic.push({ channel, answer });
      return answer;
    };
    const verifiers: string[] = [];
    const signIn = async (decision: 'allow' | 'deny') => {
      await ipc('auth.connect', { loginHost: fake.url, clientId: fake.clientId });
      verifiers.push(deps.settings.get<PendingFlow>(authSettingKeys.pending)!.verifier);
      traffic.push(await core.handleDeepLink(await answerInBrowser(lastOpened(), decision)));
    };
    const cliRuns: string[] = [];
    const cli = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const run = await runCli(args, { env });
      cliRuns.push(run.stdout, run.stderr);
      return run;
    };

    // Failed sign-ins: the rep says no, then the code exchange fails at the org.
    await signIn('deny');
    fake.control.addFault({ route: 'oauth.token', kind: 'status', status: 500, times: 1 });
    await signIn('allow');
    expect((await core.auth.state()).connections).toEqual([]);

    await signIn('allow');
    const key = (await core.auth.state()).connections[0]!.key;
    await ipc('sync.now');
    await core.sync.settled();
    // Refresh with rotation, by expiry and by a 401 mid-sync, then faults the sync rides out.
    fake.control.expireSessions();
    await ipc('sync.now');
    await core.sync.settled();
    fake.control.addFault({ route: '*', kind: 'invalid-session', times: 1 });
    fake.control.addFault({ route: 'limits', kind: 'status', status: 503, times: 1 });
    fake.control.addFault({ route: 'describe', kind: 'drop', times: 1 });
    await ipc('sync.now');
    await core.sync.settled();
    fake.control.clearFaults();
    for (const channel of invokeChannels.filter((c) => !c.startsWith('auth.') && c !== 'sync.now'))
      await ipc(channel);
    await ipc('pipeline.board', { owner: 'all', close: { period: 'any' }, cardsPerStage: 50 });

    // The CLI, with the current access token each way it takes one, and a stale one.
    const accessToken = core.auth.activeConnection().accessToken!;
    const cliArgs = ['--instance-url', fake.url, '--db', path.join(dataDir, 'cli.sqlite')];
    expect((await cli(cliArgs, { ROADBOOK_ACCESS_TOKEN: accessToken })).status).toBe(0);
    expect((await cli([...cliArgs, '--access-token', accessToken, '--json'])).status).toBe(0);
    fake.control.expireSessions();
    expect((await cli(cliArgs, { ROADBOOK_ACCESS_TOKEN: accessToken })).status).toBe(1);

    // A revoke that fails, then a sign-in and a clean disconnect that deletes local data.
    fake.control.addFault({ route: 'oauth.revoke', kind: 'status', status: 500, times: 1 });
    const failedRevoke = await ipc('auth.disconnect', { key, deleteLocalData: false });
    expect(failedRevoke).toMatchObject({
      ok: true,
      value: { lastError: { code: 'REVOKE_FAILED' } },
    });
    await signIn('allow');
    await ipc('sync.now');
    await core.sync.settled();
    await ipc('auth.disconnect', { key, deleteLocalData: true });
    await core.sync.stop();

    const issued = fake.control.issuedSecrets();
    // Codes, access tokens, refresh tokens: at least three sign-ins, two rotations.
    expect(issued.filter((t) => t.startsWith('aPrx')).length).toBeGreaterThanOrEqual(3);
    expect(issued.filter((t) => t.startsWith('5Aep')).length).toBeGreaterThanOrEqual(4);
    expect(verifiers).toHaveLength(4);
    const files = filesIn(dataDir);
    expect(files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['preferences.json', 'roadbook.log', 'cli.sqlite']),
    );
    const seen = [
      ...files.map((file) => ({ where: file, text: fs.readFileSync(file).toString('latin1') })),
      { where: 'IPC answers and events', text: JSON.stringify(traffic) },
      { where: 'CLI stdout and stderr', text: cliRuns.join('\n') },
    ];
    // The traffic searched is the real thing: sign-in states, finished syncs, view answers.
    const ipcText = JSON.stringify(traffic);
    expect(
      ['"Connected to Salesforce."', '"REVOKE_FAILED"', '"openPipeline"'].filter(
        (t) => !ipcText.includes(t),
      ),
    ).toEqual([]);
    const leaks = [...issued, ...verifiers].flatMap((token) =>
      spellings(token).flatMap((spelling) =>
        seen.filter((s) => s.text.includes(spelling)).map((s) => `${token} in ${s.where}`),
      ),
    );
    expect(leaks).toEqual([]);
  }, 60_000);
});
