import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The snippets are linted under paths no tsconfig holds, so the type-aware rules stay out.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const lint = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.map((m) => m.ruleId) ?? [];
};

describe('lint boundaries', () => {
  it.each(['src/core/sync/x.ts', 'src/shared/ipc/x.ts', 'src/renderer/src/x.ts'])(
    'fails when %s imports electron',
    async (file) => {
      expect(
        await lint(file, "import { app } from 'electron';\nexport const a = app;\n"),
      ).toContain('no-restricted-imports');
      expect(
        await lint(file, "import { x } from 'electron/main';\nexport const a = x;\n"),
      ).toContain('no-restricted-imports');
    },
  );

  it('lets main import electron but not call ipcMain.handle outside register()', async () => {
    const code = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
    expect(await lint('src/main/feature.ts', code)).toEqual(['no-restricted-properties']);
    expect(await lint('src/main/ipc/register.ts', code)).toEqual([]);
  });

  it('allows webPreferences only in the window factory', async () => {
    const code = 'export const o = { webPreferences: { sandbox: false } };\n';
    expect(await lint('src/main/other.ts', code)).toEqual(['no-restricted-syntax']);
    expect(await lint('src/main/windowOptions.ts', code)).toEqual([]);
  });
});
