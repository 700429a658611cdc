import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preferencesFile } from '../../../../src/core/settings/preferencesFile';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-prefs-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('preferences.json outside Electron', () => {
  it('keeps dotted keys nested, as electron-store does', () => {
    const dir = tempDir();
    const settings = preferencesFile(dir);
    settings.set('auth.pending', { verifier: 'v' });
    settings.set('auth.active', 'k');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'preferences.json'), 'utf8'))).toEqual({
      auth: { pending: { verifier: 'v' }, active: 'k' },
    });
    settings.delete('auth.pending');
    expect(settings.get('auth.pending')).toBeUndefined();
    expect(settings.get('auth.active')).toBe('k');
  });

  it('writes 0600, also over a 0644 file and a stale temp file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'preferences.json');
    fs.writeFileSync(file, '{}', { mode: 0o644 });
    fs.writeFileSync(`${file}.${process.pid}.tmp`, '', { mode: 0o644 });
    preferencesFile(dir).set('auth.pending', { verifier: 'v' });
    expect(modeOf(file)).toBe(0o600);
  });
});
