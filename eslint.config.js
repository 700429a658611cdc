import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImport = {
  paths: [
    {
      name: 'electron',
      message:
        'src/core, src/shared and src/renderer never import electron: pass what you need in as an interface (DESIGN.md §1).',
    },
  ],
  patterns: [{ group: ['electron/*'], message: 'No electron imports here (DESIGN.md §1).' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.electron-native/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/core/**', 'src/shared/**', 'src/renderer/**'],
    rules: { 'no-restricted-imports': ['error', electronImport] },
  },
  {
    files: ['src/renderer/**', 'test/web/bridgeClient.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/ipc/register.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'ipcMain',
          property: 'handle',
          message: 'Register IPC through createRegistrar().',
        },
        { object: 'ipcMain', property: 'on', message: 'Register IPC through createRegistrar().' },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/main/windowOptions.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='webPreferences']",
          message: 'Windows get their webPreferences from secureWebPreferences() only.',
        },
      ],
    },
  },
);
