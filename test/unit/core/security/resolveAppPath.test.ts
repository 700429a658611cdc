import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../../src/core/security/resolveAppPath';

const root = path.resolve('/opt/roadbook/renderer');
const get = (url: string) => resolveAppPath(root, { method: 'GET', url });

describe('app:// resolver', () => {
  it('serves files inside the renderer bundle', () => {
    expect(get('app://roadbook/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(get('app://roadbook/assets/index-abc.js')).toEqual({
      ok: true,
      file: path.join(root, 'assets/index-abc.js'),
    });
  });

  it.each([
    'app://roadbook/assets/%2E%2E%2F%2E%2E%2Fsecret',
    'app://roadbook/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://roadbook/..%5c..%5cwindows',
    'app://roadbook/a%00.js',
    'app://roadbook/%E0%A4%A',
  ])('refuses traversal %s', (url) => {
    const decision = get(url);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.status).toBe(403);
  });

  it.each(['app://roadbook/../../etc/passwd', 'app://roadbook/%2e%2e/%2e%2e/etc/passwd'])(
    'normalises %s the way URLs do, without leaving the bundle',
    (url) => expect(get(url)).toEqual({ ok: true, file: path.join(root, 'etc/passwd') }),
  );

  it.each([
    'app://evil/index.html',
    'app://roadbook.evil/index.html',
    'https://roadbook/index.html',
  ])('refuses other hosts: %s', (url) =>
    expect(get(url)).toMatchObject({ ok: false, status: 404 }),
  );

  it.each(['POST', 'PUT', 'DELETE', 'HEAD'])('refuses %s', (method) => {
    expect(resolveAppPath(root, { method, url: 'app://roadbook/index.html' })).toMatchObject({
      ok: false,
      status: 405,
    });
  });
});
