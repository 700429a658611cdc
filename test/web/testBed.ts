import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { AppCore } from '../../src/core/app/appCore';
import { invokeHandler } from '../../src/core/ipc/invokeHandler';
import { testBedCsp } from '../../src/core/security/contentSecurityPolicy';
import { resolveAppPath } from '../../src/core/security/resolveAppPath';
import { appHost, appScheme } from '../../src/core/security/appOrigin';

const here = path.dirname(fileURLToPath(import.meta.url));
export const rendererDir = path.resolve(here, '../../out/renderer');
const maxBodyBytes = 1024 * 1024;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export type TestBed = {
  /** The page to open: everything lives under a random secret path. */
  url: string;
  /** Pushes "open this URL" to the page (preview mode plays the system browser that way). */
  pushOpenExternal(url: string): void;
  close(): Promise<void>;
};

/** One script for a browser page, bundled from a TypeScript entry (a stand-in preload). */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no bundle of ${entry}`);
  return output.text;
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer on 127.0.0.1 and bridges window.api to the real handler table in
 * this Node process, the way the Electron preload bridges it to main. The random path segment
 * plays the part of main's sender check: only a page that was given the URL can call the core.
 */
export async function startTestBed(options: {
  core: AppCore;
  port?: number;
  /** Sees every answer and event that crosses the bridge (the leak test reads them). */
  onTraffic?: (message: unknown) => void;
}): Promise<TestBed> {
  try {
    await fs.access(path.join(rendererDir, 'index.html'));
  } catch {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run build" first.`);
  }
  const bridgeJs = await bundleForPage(path.join(here, 'bridgeClient.ts'));
  const secret = randomBytes(18).toString('base64url');
  const prefix = `/${secret}/`;
  const streams = new Set<http.ServerResponse>();
  const push = (message: unknown) => {
    options.onTraffic?.(message);
    for (const stream of streams) stream.write(`data: ${JSON.stringify(message)}\n\n`);
  };
  const unsubscribe = options.core.events.subscribe((event, payload) =>
    push({ kind: 'event', event, payload }),
  );

  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const rest = url.pathname.slice(prefix.length);
    if (rest === '__bridge/bridge.js') {
      response.writeHead(200, { 'Content-Type': mimeTypes['.js'] }).end(bridgeJs);
      return;
    }
    if (rest === '__bridge/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (rest === '__bridge/invoke') {
      if (request.method !== 'POST') {
        response.writeHead(405).end();
        return;
      }
      let body: { channel?: unknown; input?: unknown };
      try {
        body = JSON.parse(await readBody(request)) as typeof body;
      } catch {
        body = {};
      }
      const result = await invokeHandler(options.core.handlers, body.channel, body.input);
      options.onTraffic?.(result);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result));
      return;
    }
    // Everything else is the renderer bundle, resolved with the same guard as app://.
    const decision = resolveAppPath(rendererDir, {
      method: request.method ?? 'GET',
      url: `${appScheme}://${appHost}/${rest}`,
    });
    if (!decision.ok) {
      response.writeHead(decision.status).end();
      return;
    }
    let content: Buffer;
    try {
      content = await fs.readFile(decision.file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const extension = path.extname(decision.file);
    const headers = {
      'Content-Type': mimeTypes[extension] ?? 'application/octet-stream',
      'Content-Security-Policy': testBedCsp,
      'X-Content-Type-Options': 'nosniff',
    };
    if (extension === '.html') {
      const html = content
        .toString('utf8')
        .replace('<head>', '<head>\n    <script src="./__bridge/bridge.js"></script>');
      response.writeHead(200, headers).end(html);
      return;
    }
    response.writeHead(200, headers).end(content);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test bed has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    pushOpenExternal: (url) => push({ kind: 'open-external', url }),
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
