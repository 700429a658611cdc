import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writePrivateFile } from '../../../../src/core/fs/atomicWrite';
import { saveFailure } from '../../../../src/core/fs/saveFailure';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-write-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('writePrivateFile', () => {
  it('makes the file 0600 and its folder 0700, also a folder that existed as 0755', async () => {
    const dir = path.join(tempDir(), 'secrets');
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    await writePrivateFile(path.join(dir, 'a.secret'), Buffer.from('x'));
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(dir, 'a.secret'))).toBe(0o600);
  });
});

describe('writeFileAtomic', () => {
  it('leaves the folder the rep chose as it was, and replaces the file whole', async () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o775);
    const file = path.join(dir, 'Leads.csv');
    fs.writeFileSync(file, 'old');
    await writeFileAtomic(file, 'Name\nAna Silva\n');
    expect(modeOf(dir)).toBe(0o775);
    expect(fs.readFileSync(file, 'utf8')).toBe('Name\nAna Silva\n');
    expect(fs.readdirSync(dir)).toEqual(['Leads.csv']);
    // A new file gets the mode any app's would: 0666 less the umask.
    fs.writeFileSync(path.join(dir, 'any app.csv'), '', { mode: 0o666 });
    await writeFileAtomic(path.join(dir, 'Accounts.csv'), 'Name\n');
    expect(modeOf(path.join(dir, 'Accounts.csv'))).toBe(modeOf(path.join(dir, 'any app.csv')));
  });
});

describe('saveFailure', () => {
  it.each([
    [
      'EACCES',
      'Roadbook may not save Leads.csv in that folder. Choose another, such as Downloads.',
    ],
    ['EPERM', 'Roadbook may not save Leads.csv in that folder. Choose another, such as Downloads.'],
    ['EROFS', 'Roadbook may not save Leads.csv in that folder. Choose another, such as Downloads.'],
    ['ENOSPC', 'Leads.csv was not saved: the disk is full.'],
    ['EIO', 'Leads.csv was not saved: i/o error'],
  ])('%s', (code, message) => {
    expect(saveFailure('Leads.csv', Object.assign(new Error('i/o error'), { code }))).toBe(message);
  });
});
