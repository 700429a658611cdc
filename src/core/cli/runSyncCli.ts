import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import jsforce, { type Connection } from 'jsforce';
import { apiVersion } from '../salesforce/apiVersion';
import type { Cipher } from '../auth/secretStore';
import { createConsoleLogger } from '../log/logger';
import { cacheProblemOf } from '../store/cacheProblems';
import { openDatabase } from '../store/openDatabase';
import { defaultCrashSettleMs, lockedRun } from '../sync/lockedRun';
import { specFor } from '../schema/objectSpecs';
import { syncOrg } from '../sync/syncOrg';
import { savedConnection } from './savedConnection';

const usage = [
  'Usage: ROADBOOK_ACCESS_TOKEN=<token> npm run sync -- --instance-url <https://…> --db <file.sqlite> [options]',
  '   or: npm run sync -- --instance-url <https://…> --access-token-stdin --db <file.sqlite> [options] < token-file',
  '   or: Roadbook --sync [--connection <username or key>] [--data-dir <folder>] [options]',
  'Options: --objects Account,Contact,Opportunity,Lead,User,OpportunityStage,Task  --scope all|mine  --json',
  '         --wait <seconds>: how long to wait while the Roadbook app syncs the same cache (default 60)',
].join('\n');

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Electron's safeStorage, when the app binary runs this: it opens the saved sign-in. */
  cipher?: Cipher;
  /** better-sqlite3's Electron build, in the app binary. */
  nativeBinding?: string;
  /** The app's data folder, when the app binary runs this. */
  dataDir?: string;
  /** All of standard input (--access-token-stdin); the process's own when not given. */
  readStdin?: () => Promise<string>;
};

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const argvWarning =
  'warning: --access-token is visible to other users of this computer (ps, /proc); use ROADBOOK_ACCESS_TOKEN or --access-token-stdin instead.';

/** The token from exactly one source: the environment, standard input, or (visibly) argv. */
async function accessTokenOf(values: ReturnType<typeof parse>, io: CliIo) {
  const fromArgv = values['access-token'];
  if (fromArgv !== undefined && values['access-token-stdin'])
    throw new UsageError('Give the access token one way: --access-token-stdin or --access-token.');
  if (values['access-token-stdin']) {
    const token = (await (io.readStdin ?? readProcessStdin)()).trim();
    if (!token) throw new UsageError('--access-token-stdin read no token from standard input.');
    return token;
  }
  if (fromArgv !== undefined) io.stderr(`roadbook sync: ${argvWarning}\n`);
  return fromArgv ?? io.env['ROADBOOK_ACCESS_TOKEN'];
}

class UsageError extends Error {}

/** The app's data folder, as Electron names it for "Roadbook" (README: where data lives). */
function defaultDataDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (platform === 'darwin')
    return path.join(os.homedir(), 'Library', 'Application Support', 'Roadbook');
  if (platform === 'win32')
    return path.join(env['APPDATA'] ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Roadbook');
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(os.homedir(), '.config'), 'Roadbook');
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        'instance-url': { type: 'string' },
        'access-token': { type: 'string' },
        'access-token-stdin': { type: 'boolean', default: false },
        db: { type: 'string' },
        connection: { type: 'string' },
        'data-dir': { type: 'string' },
        objects: { type: 'string' },
        scope: { type: 'string', default: 'all' },
        json: { type: 'boolean', default: false },
        'bulk-threshold': { type: 'string' },
        wait: { type: 'string', default: '60' },
        'crash-settle-ms': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Where to sync: an instance URL and token given here, or a connection the app saved. */
async function target(values: ReturnType<typeof parse>, io: CliIo) {
  const accessToken = await accessTokenOf(values, io);
  if (values['instance-url'] || accessToken) {
    if (!values['instance-url'] || !accessToken || !values.db)
      throw new UsageError(
        '--instance-url, an access token (ROADBOOK_ACCESS_TOKEN or --access-token-stdin) and --db go together.',
      );
    const conn: Connection = new jsforce.Connection({
      instanceUrl: values['instance-url'],
      accessToken,
      version: apiVersion,
    });
    const identity = await conn.request<{ identity: string }>(`/services/data/v${apiVersion}`);
    return { conn, userId: identity.identity.split('/').pop() ?? '', dbFile: values.db };
  }
  if (!io.cipher)
    throw new UsageError(
      'A connection saved by the app is encrypted with the OS keyring, which only the app can open: run the Roadbook app binary with --sync, or pass --instance-url, --access-token and --db.',
    );
  const saved = savedConnection({
    dataDir: values['data-dir'] ?? io.dataDir ?? defaultDataDir(io.env),
    choose: values.connection,
    cipher: io.cipher,
    logger: createConsoleLogger((line) => io.stderr(`${line}\n`)),
    apiVersion,
  });
  return { ...saved, dbFile: values.db ?? saved.dbFile };
}

/**
 * The headless sync: progress on stderr, one JSON summary line on stdout with --json. Exit codes:
 * 0 synced, 1 Salesforce or the network failed, 2 bad arguments, 3 paused by the API limit,
 * 4 another process (the app) kept the cache's lock past --wait: this one never pushes beside it.
 */
export async function runSyncCli(argv: string[], io: CliIo): Promise<number> {
  const fail = (message: string, code: number) => {
    io.stderr(`roadbook sync: ${message}\n`);
    return code;
  };
  let values: ReturnType<typeof parse>;
  let objects: string[] | undefined;
  try {
    values = parse(argv);
    if (values.help) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    if (values.scope !== 'all' && values.scope !== 'mine')
      throw new UsageError('--scope is all or mine.');
    objects = values.objects?.split(',').map((o) => o.trim());
    objects?.forEach(specFor);
    if (!/^\d+$/.test(values.wait)) throw new UsageError('--wait is a number of seconds.');
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2);
  }
  let db;
  try {
    const { conn, userId, dbFile } = await target(values, io);
    const engine = io.nativeBinding ? { nativeBinding: io.nativeBinding } : {};
    const cache = openDatabase(dbFile, engine);
    db = cache;
    const waitSeconds = Number(values.wait);
    const locked = await lockedRun(
      {
        db: cache,
        cacheFile: dbFile,
        ...engine,
        waitMs: waitSeconds * 1000,
        onWait: () =>
          io.stderr(
            `Another Roadbook (the app or another sync) is syncing this cache; waiting up to ${waitSeconds} s for it to finish.\n`,
          ),
        crashSettleMs: values['crash-settle-ms']
          ? Number(values['crash-settle-ms'])
          : defaultCrashSettleMs,
        log: (message) => io.stderr(`${message}\n`),
      },
      () =>
        syncOrg({
          db: cache,
          conn,
          apiVersion,
          userId,
          ...(objects ? { objects } : {}),
          mine: values.scope === 'mine',
          ...(values['bulk-threshold'] ? { bulkThreshold: Number(values['bulk-threshold']) } : {}),
          onProgress: (p) =>
            io.stderr(`${p.object}: ${p.phase} ${p.done}${p.total ? `/${p.total}` : ''}\n`),
          log: (message) => io.stderr(`${message}\n`),
        }),
    );
    if (!locked.ran)
      return fail(
        `another Roadbook was still syncing this cache after ${waitSeconds} s; nothing was sent. Try again when it is done, or pass a longer --wait.`,
        4,
      );
    const summary = locked.value;
    if (summary.outcome === 'paused') return fail(summary.reason, 3);
    if (values.json) io.stdout(`${JSON.stringify(summary)}\n`);
    else
      io.stderr(
        `Synced ${summary.objects.map((o) => `${o.object} ${o.cached}`).join(', ')} in ${summary.durationMs} ms with ${summary.apiCalls} API calls.\n`,
      );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n${usage}`, 2);
    const problem = cacheProblemOf(error);
    if (problem) return fail(problem.message, 1);
    const e = error as { errorCode?: string; message?: string };
    return fail(`${e.errorCode ? `${e.errorCode}: ` : ''}${e.message ?? String(error)}`, 1);
  } finally {
    db?.close();
  }
}
