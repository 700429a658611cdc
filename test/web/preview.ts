// npm run preview:web: the built renderer in your own browser, against the real core.
import { createAppCore } from '../../src/core/appCore';
import { createConsoleLogger } from '../../src/core/logger';
import { startTestBed } from './testBed';

const core = createAppCore({
  info: { name: 'Roadbook', version: 'preview', platform: 'web-test-bed' },
  // Plays the system browser: the page opens the URL in a new tab.
  openExternal: async (url) => bed.pushOpenExternal(url),
  logger: createConsoleLogger(),
});
const bed = await startTestBed({ core, port: Number(process.env['PORT'] ?? 0) });
console.log(`Roadbook preview: ${bed.url}`);
console.log('Bound to 127.0.0.1 only; the random path is the key. Ctrl+C stops it.');
process.on('SIGINT', () => void bed.close().then(() => process.exit(0)));
