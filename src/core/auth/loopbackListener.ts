import http from 'node:http';

const page = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>Roadbook</title><p style="font:16px system-ui;margin:3em">${text}</p>`;

/**
 * The fallback redirect where the roadbook: scheme is not registered (AppImage, portable
 * builds): http://localhost:<fixed port>/oauth/callback, listening only while a sign-in waits.
 */
export async function startLoopbackListener(
  port: number,
  onCallback: (url: string) => Promise<{ handled: boolean }>,
) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://localhost:${port}`);
    if (request.method !== 'GET' || url.pathname !== '/oauth/callback') {
      response.writeHead(404).end();
      return;
    }
    void onCallback(url.toString()).then(({ handled }) => {
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
        );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    /** Stops listening; a callback being answered still gets its page. */
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
