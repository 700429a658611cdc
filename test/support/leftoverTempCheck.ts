import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The global setup of vitest and Playwright: the run (workers and every process they start)
 * gets a temp folder of its own through TMPDIR, and the run fails if anything is left in it at
 * the end.
 */
export default function leftoverTempCheck() {
  const outer = os.tmpdir();
  const runDir = fs.mkdtempSync(path.join(outer, 'roadbook-test-run-'));
  process.env['TMPDIR'] = runDir;
  return () => {
    process.env['TMPDIR'] = outer;
    // tsx, jiti (a config loader under ESLint and electron-builder) and Playwright's workers
    // (a spec file the runner had not compiled) keep compile caches there: the tools', not a
    // test's.
    const left = fs
      .readdirSync(runDir)
      .filter((name) => !/^(tsx-\d+|jiti|playwright-transform-cache(-\d+)?)$/.test(name));
    fs.rmSync(runDir, { recursive: true, force: true });
    if (!left.length) return;
    // vitest reports an error thrown here but still exits 0; the exit code is what CI reads.
    process.exitCode = 1;
    throw new Error(`Tests left ${left.length} item(s) in the temp folder:\n${left.join('\n')}`);
  };
}
