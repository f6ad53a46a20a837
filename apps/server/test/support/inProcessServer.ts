import type { ChatEngine } from '../../src/engine';
import { parseEnv } from '../../src/env';
import { startServer } from '../../src/server';

export interface InProcessServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * The real server (`startServer`, as `musaeid serve` runs it) in THIS process, on 127.0.0.1 port 0:
 * for tests that must look inside the server process (prototype pollution, memory).
 */
export async function startInProcessServer(opts: {
  db: string;
  engine?: ChatEngine & { close?: () => Promise<void> };
  env?: Record<string, string>;
}): Promise<InProcessServer> {
  const raw = {
    MUSAEID_DB: opts.db,
    PORT: '0',
    HOST: '127.0.0.1',
    MUSAEID_LOG_LEVEL: 'silent',
    MUSAEID_LLM: 'offline',
    MUSAEID_RATE_LIMIT_PER_MINUTE: '1000000',
    MUSAEID_MONTHLY_MESSAGE_QUOTA: '1000000000',
    ...opts.env,
  };
  const running = await startServer({
    env: parseEnv(raw),
    print: () => undefined,
    ...(opts.engine ? { engine: opts.engine } : {}),
  });
  return { url: running.http.url, close: () => running.stop() };
}
