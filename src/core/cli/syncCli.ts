// npm run sync -- --instance-url <url> --access-token <token> --db <file> [--objects Account,Lead] [--scope all|mine] [--json]
import { parseArgs } from 'node:util';
import jsforce from 'jsforce';
import { apiVersion } from '../appCore';
import { openDatabase } from '../store/openDatabase';
import { specFor } from '../sync/objectSpecs';
import { syncOrg } from '../sync/syncOrg';

const usage =
  'Usage: npm run sync -- --instance-url <https://…> --access-token <token> --db <file.sqlite> ' +
  '[--objects Account,Contact,Opportunity,Lead,User,OpportunityStage] [--scope all|mine] [--json]';

function fail(message: string, code = 2): never {
  process.stderr.write(`roadbook sync: ${message}\n`);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      'instance-url': { type: 'string' },
      'access-token': { type: 'string' },
      db: { type: 'string' },
      objects: { type: 'string' },
      scope: { type: 'string', default: 'all' },
      json: { type: 'boolean', default: false },
      'bulk-threshold': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const instanceUrl = values['instance-url'];
const accessToken = values['access-token'] ?? process.env['ROADBOOK_ACCESS_TOKEN'];
if (!instanceUrl || !accessToken || !values.db)
  fail(`--instance-url, --access-token and --db are required.\n${usage}`);
if (values.scope !== 'all' && values.scope !== 'mine') fail('--scope is all or mine.');
const objects = values.objects?.split(',').map((o) => o.trim());
try {
  objects?.forEach(specFor);
} catch (error) {
  fail((error as Error).message);
}

const conn = new jsforce.Connection({ instanceUrl, accessToken, version: apiVersion });
const db = openDatabase(values.db);
try {
  const identityUrl = (await conn.request<{ identity: string }>(`/services/data/v${apiVersion}`))
    .identity;
  const userId = identityUrl.split('/').pop() ?? '';
  const summary = await syncOrg({
    db,
    conn,
    apiVersion,
    userId,
    ...(objects ? { objects } : {}),
    mine: values.scope === 'mine',
    ...(values['bulk-threshold'] ? { bulkThreshold: Number(values['bulk-threshold']) } : {}),
    onProgress: (p) =>
      process.stderr.write(`${p.object}: ${p.phase} ${p.done}${p.total ? `/${p.total}` : ''}\n`),
    log: (message) => process.stderr.write(`${message}\n`),
  });
  if (summary.outcome === 'paused') fail(summary.reason, 3);
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else
    process.stderr.write(
      `Synced ${summary.objects.map((o) => `${o.object} ${o.cached}`).join(', ')} in ${summary.durationMs} ms with ${summary.apiCalls} API calls.\n`,
    );
} catch (error) {
  const e = error as { errorCode?: string; message?: string };
  fail(`${e.errorCode ? `${e.errorCode}: ` : ''}${e.message ?? String(error)}`, 1);
} finally {
  db.close();
}
