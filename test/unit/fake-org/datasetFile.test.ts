import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOrg, type FakeOrg } from '../../fake-org';
import { signIn } from '../../support/fakeOrgSignIn';

let fake: FakeOrg | undefined;
afterEach(async () => fake?.stop());

describe('fake org --dataset-file', () => {
  it('reproduces an org from JSON, filling in system fields', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-dataset-')), 'org.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        records: {
          User: [
            {
              Username: 'rep@example.com',
              FirstName: 'Rita',
              LastName: 'Rep',
              Name: 'Rita Rep',
              Email: 'rep@example.com',
              IsActive: true,
            },
          ],
          Account: [{ Name: 'Only Account', Industry: 'Energy' }],
        },
      }),
    );
    fake = await startFakeOrg({ datasetFile: file, autoApprove: true });
    const conn = await signIn(fake);
    const result = await conn.query<{ Name: string; IsDeleted: boolean; SystemModstamp: string }>(
      'SELECT Name, IsDeleted, SystemModstamp FROM Account',
    );
    expect(result.records).toEqual([
      expect.objectContaining({
        Name: 'Only Account',
        IsDeleted: false,
        SystemModstamp: expect.stringMatching(/\+0000$/),
      }),
    ]);
    expect((await conn.identity()).username).toBe('rep@example.com');
  });

  it('refuses a file without a user to sign in as', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-dataset-')), 'org.json');
    fs.writeFileSync(file, JSON.stringify({ records: { Account: [{ Name: 'x' }] } }));
    await expect(startFakeOrg({ datasetFile: file })).rejects.toThrow(/at least one user/);
  });
});
