import { describe, expect, it } from 'vitest';
import { loopbackPortFor, type BuildFacts } from '../../../src/main/signInRedirect';

const cases: [string, BuildFacts, number | undefined][] = [
  ['installed on Linux (deb): the link', { packaged: true, platform: 'linux', env: {} }, undefined],
  [
    'installed on macOS (dmg): the link',
    { packaged: true, platform: 'darwin', env: {} },
    undefined,
  ],
  [
    'installed on Windows (NSIS): the link',
    { packaged: true, platform: 'win32', env: {} },
    undefined,
  ],
  [
    'AppImage: loopback',
    { packaged: true, platform: 'linux', env: { APPIMAGE: '/x.AppImage' } },
    1717,
  ],
  [
    'portable .exe: loopback',
    { packaged: true, platform: 'win32', env: { PORTABLE_EXECUTABLE_DIR: 'C:\\x' } },
    1717,
  ],
  ['development on Linux: loopback', { packaged: false, platform: 'linux', env: {} }, 1717],
  ['development on macOS: loopback', { packaged: false, platform: 'darwin', env: {} }, 1717],
  ['development on Windows: the link', { packaged: false, platform: 'win32', env: {} }, undefined],
  [
    'development may choose the link',
    { packaged: false, platform: 'linux', env: { ROADBOOK_REDIRECT: 'scheme' } },
    undefined,
  ],
  [
    'development may choose loopback',
    { packaged: false, platform: 'win32', env: { ROADBOOK_REDIRECT: 'loopback' } },
    1717,
  ],
  [
    'development may move the port',
    { packaged: false, platform: 'linux', env: { ROADBOOK_LOOPBACK_PORT: '18080' } },
    18080,
  ],
  [
    'a port that is no port is ignored',
    { packaged: false, platform: 'linux', env: { ROADBOOK_LOOPBACK_PORT: '99999' } },
    1717,
  ],
  [
    'a package ignores the development switches',
    {
      packaged: true,
      platform: 'linux',
      env: { ROADBOOK_REDIRECT: 'loopback', ROADBOOK_LOOPBACK_PORT: '18080' },
    },
    undefined,
  ],
  [
    'an AppImage keeps the registered port',
    { packaged: true, platform: 'linux', env: { APPIMAGE: '/x', ROADBOOK_LOOPBACK_PORT: '18080' } },
    1717,
  ],
];

describe('which callback a build asks Salesforce for', () => {
  it.each(cases)('%s', (_name, facts, port) => {
    expect(loopbackPortFor(facts)).toBe(port);
  });
});
