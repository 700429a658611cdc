import fs from 'node:fs';

/** Flags that keep Chromium from phoning home on a machine without internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** ROADBOOK_CHROMIUM wins; otherwise the first system Chromium found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['ROADBOOK_CHROMIUM'];
  if (override) {
    if (!fs.existsSync(override)) {
      throw new Error(`ROADBOOK_CHROMIUM points at ${override}, which does not exist.`);
    }
    return override;
  }
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian: apt-get install -y chromium) ' +
        'or set ROADBOOK_CHROMIUM to a Chromium or Chrome executable. ' +
        '"npx playwright install" is not needed and cannot download here.',
    );
  }
  return found;
}
