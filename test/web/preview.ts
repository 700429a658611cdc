// npm run preview:web: the built renderer in your own browser, against the real core and a fake org.
import { startFakeOrg } from '../fake-org';
import { createTestCore } from '../support/testCore';
import { startTestBed } from './testBed';

// A browser cannot hand roadbook: links to this preview, so sign-in uses the loopback fallback.
const loopbackPort = Number(process.env['ROADBOOK_LOOPBACK_PORT'] ?? 1717);
const fake = await startFakeOrg({
  dataset: 'demo',
  port: Number(process.env['FAKE_ORG_PORT'] ?? 0),
  callbackUrls: [`http://localhost:${loopbackPort}/oauth/callback`],
});
const { core, dataDir } = createTestCore({
  info: { name: 'Roadbook', version: 'preview', platform: 'web-test-bed' },
  defaultClientId: fake.clientId,
  defaultLoginHost: fake.url,
  loopbackPort,
  // Plays the system browser: the page opens the URL in a new tab.
  openExternal: async (url) => bed.pushOpenExternal(url),
});
const bed = await startTestBed({ core, port: Number(process.env['PORT'] ?? 0) });
console.log(`Roadbook preview: ${bed.url}`);
console.log(`Fake org: ${fake.url} (client id ${fake.clientId}); data folder ${dataDir}`);
console.log('Bound to 127.0.0.1 only; the random path is the key. Ctrl+C stops it.');
process.on(
  'SIGINT',
  () => void Promise.all([bed.close(), fake.stop(), core.auth.close()]).then(() => process.exit(0)),
);
