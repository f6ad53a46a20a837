import net from 'node:net';

/**
 * A TCP port on 127.0.0.1 that was free a moment ago: for child servers that must keep one port
 * across restarts, and for "nothing listens there" checks.
 */
export async function freePort(): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('no port'));
        return;
      }
      const { port } = address;
      probe.close(() => resolve(port));
    });
  });
}
