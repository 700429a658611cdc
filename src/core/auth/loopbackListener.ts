import http from 'node:http';
import net from 'node:net';
import { pendingFlowTtlMs } from './pendingFlow';

const callbackPath = '/oauth/callback';

const page = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>Roadbook</title><p style="font:16px system-ui;margin:3em">${text}</p>`;

/**
 * The callback URL a request target stands for, or undefined for anything but a GET of the exact
 * callback path in origin form ("/oauth/callback?…"): any web page can make the browser send
 * requests here, so nothing else is parsed any further.
 */
export function callbackUrlOf(
  method: string | undefined,
  target: string | undefined,
  port: number,
): string | undefined {
  if (method !== 'GET' || !target?.startsWith(callbackPath)) return undefined;
  let url: URL;
  try {
    url = new URL(target, `http://localhost:${port}`);
  } catch {
    return undefined;
  }
  return url.pathname === callbackPath ? url.href : undefined;
}

/** Binds one loopback address; where the machine has no IPv6 at all, nobody can take ::1 either. */
function listen(server: net.Server, port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      host === '::1' && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')
        ? resolve(false)
        : reject(error),
    );
    server.listen(port, host, () => resolve(true));
  });
}

/**
 * The fallback redirect where the roadbook: scheme is not registered (AppImage, portable
 * builds): http://localhost:<fixed port>/oauth/callback, listening only while a sign-in waits.
 * Salesforce accepts only "localhost" here, which the browser may resolve to either loopback
 * address, so both are bound: no other program can take the one left free.
 */
export async function startLoopbackListener(
  port: number,
  onCallback: (url: string) => Promise<{ handled: boolean }>,
  options: { lifetimeMs?: number } = {},
) {
  // Sockets whose callback is being answered: closing the listener lets them get their page.
  const answering = new Set<net.Socket>();
  const server = http.createServer(
    // A half-sent request must not hold the port: the checks run every second.
    { headersTimeout: 5_000, requestTimeout: 10_000, connectionsCheckingInterval: 1_000 },
    (request, response) => {
      response.setHeader('Connection', 'close');
      const url = callbackUrlOf(request.method, request.url, port);
      if (!url) {
        response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
        return;
      }
      const socket = request.socket;
      answering.add(socket);
      void onCallback(url)
        .catch(() => ({ handled: false }))
        .then(({ handled }) =>
          response
            .writeHead(200, {
              'Content-Type': 'text/html; charset=utf-8',
              'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
            })
            .end(
              page(
                handled
                  ? 'Signed in. You can close this tab and go back to Roadbook.'
                  : 'Roadbook did not expect this link. Go back to Roadbook and start the sign-in again.',
              ),
            ),
        )
        .finally(() => answering.delete(socket));
    },
  );
  const ipv6 = net.createServer((socket) => server.emit('connection', socket));
  const connections = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  await listen(server, port, '127.0.0.1');
  try {
    await listen(ipv6, port, '::1');
  } catch (error) {
    server.close();
    throw error;
  }

  let closed = false;
  // Stops listening at once: waiting for open sockets would let a half-sent request hold
  // Cancel and the next Connect.
  function close(): Promise<void> {
    if (!closed) {
      closed = true;
      clearTimeout(expiry);
      if (ipv6.listening) ipv6.close();
      server.close();
      if (answering.size === 0) server.closeAllConnections();
      else for (const socket of connections) if (!answering.has(socket)) socket.destroy();
    }
    return Promise.resolve();
  }
  const expiry = setTimeout(() => void close(), options.lifetimeMs ?? pendingFlowTtlMs);
  expiry.unref();
  return {
    /** Stops listening at once; a callback being answered still gets its page. */
    close,
  };
}
