import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { freePort } from '@musaeid/testkit';

/** Where Debian's `haproxy` package puts the binary (`.ci/run` installs it when absent). */
export const HAPROXY_BIN = '/usr/sbin/haproxy';

export interface Haproxy {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real haproxy in front of `backends` (ports on 127.0.0.1), in the foreground as a child process:
 * round robin, a health check on `/healthz` every 300 ms (a backend is out after 2 failures, back after
 * 1 success), and each response tagged with the backend that served it (`x-served-by: s<i>`).
 * Requests already sent to a server that dies get a 502 (haproxy does not replay a POST): the client
 * retries, as it would in production.
 */
export async function startHaproxy(dir: string, backends: readonly number[]): Promise<Haproxy> {
  if (!existsSync(HAPROXY_BIN))
    throw new Error(`haproxy is not installed (${HAPROXY_BIN}; apt-get install -y haproxy)`);
  const port = await freePort();
  const config = path.join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 2000',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 120s',
      '  timeout server 120s',
      '  retries 3',
      '  option redispatch',
      'frontend musaeid',
      `  bind 127.0.0.1:${port}`,
      '  default_backend servers',
      'backend servers',
      '  balance roundrobin',
      '  option httpchk GET /healthz',
      '  http-check expect status 200',
      '  http-response set-header x-served-by %s',
      '  default-server inter 300ms fall 2 rise 1',
      ...backends.map((p, i) => `  server s${i} 127.0.0.1:${p} check`),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(HAPROXY_BIN, ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (output = (output + c).slice(-8192)));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (output = (output + c).slice(-8192)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`haproxy did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
