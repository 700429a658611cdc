import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { productionCsp } from '../../../src/core/security/contentSecurityPolicy';
import { tempDir } from '../../support/tempDir';

let handler: ((request: Request) => Promise<Response>) | undefined;
const privileged: unknown[] = [];

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
    handle: (_scheme: string, h: typeof handler) => (handler = h),
  },
  net: {
    fetch: async (url: string) => {
      const body = fs.readFileSync(new URL(url));
      return new Response(body, { headers: { 'Content-Type': 'text/html' } });
    },
  },
}));

const { registerAppScheme, serveRenderer } = await import('../../../src/main/appProtocol');
const root = tempDir('renderer');
fs.writeFileSync(path.join(root, 'index.html'), '<p>hi</p>');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('is privileged as a standard secure scheme, without bypassing CSP', () => {
    registerAppScheme();
    expect(privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the bundle with the production CSP and refuses the rest', async () => {
    serveRenderer(root);
    const ok = await handler!(new Request('app://roadbook/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Security-Policy')).toBe(productionCsp);
    expect(await ok.text()).toBe('<p>hi</p>');
    expect(
      (await handler!(new Request('app://roadbook/index.html', { method: 'POST' }))).status,
    ).toBe(405);
    expect((await handler!(new Request('app://other/index.html'))).status).toBe(404);
    expect(
      (await handler!(new Request('app://roadbook/%2e%2e%2f%2e%2e%2fetc%2fpasswd'))).status,
    ).toBe(403);
  });
});
