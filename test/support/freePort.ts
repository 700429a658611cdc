import net from 'node:net';

const canListen = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });

/**
 * A port free on both loopback addresses, for a listener that binds both. A random number may be
 * the local port of some connection on a busy machine; the OS hands out one nobody holds.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    if (await canListen(port, '::1')) return port;
  }
}
