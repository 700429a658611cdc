import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterEach, describe, expect, it } from 'vitest';

const { forbidden } = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
};

let fixture: string | undefined;
afterEach(() => {
  if (fixture) fs.rmSync(fixture, { recursive: true, force: true });
  fixture = undefined;
});

/** Writes a tiny source tree and returns the rules `npm run deps` says it breaks. */
async function brokenRules(files: Record<string, string>): Promise<string[]> {
  fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'roadbook-deps-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
    fs.writeFileSync(path.join(fixture, file), text);
  }
  const { output } = await cruise(['src'], {
    baseDir: fixture,
    validate: true,
    ruleSet: { forbidden },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  const result = output as ICruiseResult;
  return [...new Set(result.summary.violations.map((v) => v.rule.name))].sort();
}

describe('npm run deps', () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      'refuses a cycle inside a folder',
      {
        'src/core/store/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'src/core/store/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      },
      ['no-circular'],
    ],
    [
      'refuses a cycle between folders',
      {
        'src/core/sync/a.ts': "import { b } from '../outbox/b';\nexport const a = () => b;\n",
        'src/core/outbox/b.ts': "import { a } from '../sync/a';\nexport const b = () => a;\n",
      },
      ['core-direction-outbox', 'no-circular'],
    ],
    [
      'refuses an import against the folder direction',
      {
        'src/core/app/a.ts': 'export const a = 1;\n',
        'src/core/store/b.ts': "import { a } from '../app/a';\nexport const b = a;\n",
      },
      ['core-direction-store'],
    ],
    [
      'refuses electron in the core',
      { 'src/core/sync/a.ts': "import { app } from 'electron';\nexport const a = app;\n" },
      ['core-and-shared-no-electron'],
    ],
    [
      'refuses electron/main in the contract',
      { 'src/shared/a.ts': "import { app } from 'electron/main';\nexport const a = app;\n" },
      ['core-and-shared-no-electron'],
    ],
    [
      'refuses the core in the renderer',
      {
        'src/core/views/a.ts': 'export const a = 1;\n',
        'src/renderer/src/b.ts': "import { a } from '../../core/views/a';\nexport const b = a;\n",
      },
      ['renderer-only-shared'],
    ],
    [
      'refuses a core folder the direction does not name',
      {
        'src/core/misc/a.ts': 'export const a = 1;\n',
        'src/core/sync/b.ts': "import { a } from '../misc/a';\nexport const b = a;\n",
      },
      ['core-folders-known'],
    ],
    [
      'accepts an import down the direction',
      {
        'src/core/store/a.ts': 'export const a = 1;\n',
        'src/core/sync/b.ts': "import { a } from '../store/a';\nexport const b = a;\n",
      },
      [],
    ],
  ])('%s', async (_, files, rules) => {
    expect(await brokenRules(files)).toEqual(rules);
  });
});
