import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackUrlOf, startLoopbackListener } from '../../../../src/core/auth/loopbackListener';
import { freePort } from '../../../support/freePort';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function listener(
  at: number,
  onCallback: (url: string) => Promise<{ handled: boolean }> = async () => ({ handled: true }),
  options: { lifetimeMs?: number } = {},
) {
  const started = await startLoopbackListener(at, onCallback, options);
  closers.push(() => started.close());
  return started;
}

/** A raw client: writes the bytes given and collects everything until the server closes. */
function rawRequest(at: number, bytes: string, host = '127.0.0.1') {
  const socket = net.connect(at, host);
  closers.push(() => socket.destroy());
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  socket.on('error', () => undefined);
  socket.write(bytes);
  return { socket, ended };
}

const canListen = (at: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(at, host, () => probe.close(() => resolve(true)));
  });

describe('callbackUrlOf', () => {
  it.each([
    [
      'GET',
      '/oauth/callback?code=c&state=s',
      'http://localhost:1717/oauth/callback?code=c&state=s',
    ],
    ['GET', '/oauth/callback', 'http://localhost:1717/oauth/callback'],
    ['POST', '/oauth/callback?code=c', undefined],
    ['GET', '//[', undefined],
    ['GET', 'http://[', undefined],
    ['GET', 'http://evil.example/oauth/callback', undefined],
    ['GET', '/oauth/callbackx', undefined],
    ['GET', '/oauth/callback/../../etc', undefined],
    ['GET', '/oauth/callback%2F..', undefined],
    ['GET', '*', undefined],
    ['GET', '/', undefined],
    ['GET', undefined, undefined],
  ])('%s %j → %j', (method, target, url) => expect(callbackUrlOf(method, target, 1717)).toBe(url));
});

describe('loopback sign-in listener', () => {
  it.each([
    'GET //[ HTTP/1.1\r\nHost: localhost\r\n\r\n',
    'GET http://[ HTTP/1.1\r\nHost: localhost\r\n\r\n',
    'GET /oauth/callback/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: [\r\n\r\n',
    'POST /oauth/callback?code=c HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n',
    'OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n',
    '\u0000\u00ff garbage\r\n\r\n',
  ])('answers 400 to %j and never calls back', async (bytes) => {
    const at = await freePort();
    const calls: string[] = [];
    await listener(at, async (url) => {
      calls.push(url);
      return { handled: true };
    });
    const { ended } = rawRequest(at, bytes);
    expect(await ended).toMatch(/^HTTP\/1\.1 400 /);
    expect(calls).toEqual([]);
  });

  it('answers the exact callback path on both loopback addresses', async () => {
    const at = await freePort();
    const calls: string[] = [];
    await listener(at, async (url) => {
      calls.push(url);
      return { handled: true };
    });
    for (const host of ['127.0.0.1', '::1']) {
      const { ended } = rawRequest(
        at,
        'GET /oauth/callback?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n',
        host,
      );
      expect(await ended).toMatch(/^HTTP\/1\.1 200 [\s\S]*Signed in/);
    }
    expect(calls).toEqual([
      `http://localhost:${at}/oauth/callback?code=c&state=s`,
      `http://localhost:${at}/oauth/callback?code=c&state=s`,
    ]);
  });

  it('holds both loopback addresses, so no other program can take the one left free', async () => {
    const at = await freePort();
    await listener(at);
    expect(await canListen(at, '127.0.0.1')).toBe(false);
    expect(await canListen(at, '::1')).toBe(false);
  });

  it('refuses to start when another program holds ::1 on the port, and frees 127.0.0.1', async () => {
    const at = await freePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(at, '::1', resolve));
    closers.push(() => new Promise((resolve) => squatter.close(resolve)));
    await expect(startLoopbackListener(at, async () => ({ handled: true }))).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    expect(await canListen(at, '127.0.0.1')).toBe(true);
  });

  it('closes at once with half-sent requests open, and the port is free again', async () => {
    const at = await freePort();
    const started = await listener(at);
    const halfSent = rawRequest(at, 'GET /oauth/callback?code=c HTTP/1.1\r\nHost: loc');
    const silent = rawRequest(at, '', '::1');
    await Promise.all(
      [halfSent, silent].map(
        ({ socket }) => new Promise((resolve) => socket.once('connect', resolve)),
      ),
    );
    await started.close();
    await halfSent.ended;
    await silent.ended;
    const next = await listener(at);
    await next.close();
  });

  it('lets a callback being answered get its page when the listener closes meanwhile', async () => {
    const at = await freePort();
    const started = await listener(at, async () => {
      await started.close();
      return { handled: true };
    });
    const { ended } = rawRequest(at, 'GET /oauth/callback?code=c HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await ended).toMatch(/^HTTP\/1\.1 200 [\s\S]*Signed in/);
  });

  it('answers even when handling the callback fails', async () => {
    const at = await freePort();
    await listener(at, () => Promise.reject(new Error('boom')));
    const { ended } = rawRequest(at, 'GET /oauth/callback?code=c HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await ended).toMatch(/^HTTP\/1\.1 200 [\s\S]*did not expect this link/);
  });

  it('drops a request whose headers never finish', { timeout: 30_000 }, async () => {
    const at = await freePort();
    await listener(at);
    const { ended } = rawRequest(at, 'GET /oauth/callback?code=c HTTP/1.1\r\nHost: x\r\n');
    // Node's own default would keep it for a minute; the test's 30 s bound says it went sooner.
    await ended;
  });

  it('stops listening when the sign-in expires', async () => {
    const at = await freePort();
    await listener(at, undefined, { lifetimeMs: 20 });
    await expect.poll(() => canListen(at, '127.0.0.1'), { timeout: 10_000 }).toBe(true);
    expect(await canListen(at, '::1')).toBe(true);
  });
});
