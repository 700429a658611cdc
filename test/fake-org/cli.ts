// npm run fake-org -- --port 8484 --dataset demo [--dataset-file f.json] [--seed N] [--auto-approve]
import { parseArgs } from 'node:util';
import { startFakeOrg } from './index';
import { scales } from './dataset/generate';
import type { DatasetName } from './org';

const usage =
  'Usage: npm run fake-org -- [--port 8484] [--dataset tiny|demo|realistic|large|huge|empty] [--dataset-file path.json] ' +
  '[--scale tiny|demo|large|huge] [--seed N] [--auto-approve] [--sharing public|private] [--rotate-refresh-tokens] [--daily-api-limit N]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8484' },
      dataset: { type: 'string', default: 'demo' },
      scale: { type: 'string' },
      'dataset-file': { type: 'string' },
      seed: { type: 'string', default: '42' },
      'auto-approve': { type: 'boolean', default: false },
      sharing: { type: 'string', default: 'public' },
      'rotate-refresh-tokens': { type: 'boolean', default: false },
      'daily-api-limit': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const dataset = values.dataset;
if (!(dataset in scales) && dataset !== 'empty' && dataset !== 'realistic')
  fail(`Unknown dataset "${dataset}".`);
const scale = values.scale;
if (scale !== undefined && !(scale in scales)) fail(`Unknown scale "${scale}".`);
if (values.sharing !== 'public' && values.sharing !== 'private')
  fail(`--sharing is public or private.`);
const port = Number(values.port);
const seed = Number(values.seed);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number.`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number.`);

const started = performance.now();
const fake = await startFakeOrg({
  port,
  seed,
  dataset: dataset as DatasetName,
  ...(scale ? { scale: scales[scale as keyof typeof scales] } : {}),
  datasetFile: values['dataset-file'],
  autoApprove: values['auto-approve'],
  sharing: values.sharing,
  rotateRefreshTokens: values['rotate-refresh-tokens'],
  dailyApiLimit: values['daily-api-limit'] ? Number(values['daily-api-limit']) : undefined,
}).catch((error: Error) => fail(`The fake org could not start: ${error.message}`));
console.log(`Fake org listening on ${fake.url}`);
console.log(`Client id (consumer key): ${fake.clientId}`);
console.error(
  `Org ${fake.orgId}, dataset ${values['dataset-file'] ?? dataset}, ready in ${Math.round(performance.now() - started)} ms. ` +
    `Callbacks: roadbook://oauth/callback, http://localhost:1717/oauth/callback. Ctrl+C stops it.`,
);
process.on('SIGINT', () => void fake.stop().then(() => process.exit(0)));
process.on('SIGTERM', () => void fake.stop().then(() => process.exit(0)));
