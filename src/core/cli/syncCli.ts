// ROADBOOK_ACCESS_TOKEN=<token> npm run sync -- --instance-url <url> --db <file> [--objects Account,Lead] [--scope all|mine] [--json]
import { runSyncCli } from './runSyncCli';

process.exitCode = await runSyncCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
