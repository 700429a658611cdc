// npm run demo: the fake org with the realistic dataset (record types, currencies, custom fields),
// and the app pointed at it.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

const port = process.env.ROADBOOK_DEMO_PORT ?? '8484';
const fakeOrg = spawn(
  process.execPath,
  ['--import', 'tsx', 'test/fake-org/cli.ts', '--port', port, '--dataset', 'realistic'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const stop = (code) => {
  fakeOrg.kill('SIGTERM');
  process.exit(code);
};
fakeOrg.on('exit', (code) => {
  console.error(`The fake org stopped (exit ${code}).`);
  process.exit(code ?? 1);
});

let url;
readline.createInterface({ input: fakeOrg.stdout }).on('line', (line) => {
  console.log(line);
  url ??= /Fake org listening on (\S+)/.exec(line)?.[1];
  const clientId = /Client id \(consumer key\): (\S+)/.exec(line)?.[1];
  if (!url || !clientId) return;
  const app = spawn('npm', ['run', 'dev'], {
    stdio: 'inherit',
    env: { ...process.env, ROADBOOK_LOGIN_HOST: url, ROADBOOK_CLIENT_ID: clientId },
  });
  app.on('exit', (code) => stop(code ?? 0));
});
process.on('SIGINT', () => stop(0));
