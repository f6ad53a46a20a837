import { pino, type Logger } from 'pino';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Most a log line waits before it is written (a batch is written earlier once it holds 4 KB). */
const FLUSH_INTERVAL_MS = 100;

/**
 * The server's structured logger (JSON lines on stdout). Secrets are redacted by path.
 *
 * Lines are written in batches (4 KB, or every 100 ms, and at exit) rather than one write per
 * line: each write hands work to another thread, which cost more than the rest of a request's
 * logging. A SIGKILL loses at most the last 100 ms of lines.
 */
export function createLogger(level: LogLevel = 'info'): Logger {
  const options = {
    level,
    base: { service: 'musaeid' },
    redact: { paths: ['req.headers.authorization', 'apiKey', 'key'], censor: '[redacted]' },
  };
  if (level === 'silent') return pino(options);
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  // The timer must not keep the destination (or the process) alive.
  const ref = new WeakRef(destination);
  const timer = setInterval(() => {
    const d = ref.deref();
    if (!d) return clearInterval(timer);
    try {
      d.flush();
    } catch {
      clearInterval(timer); // closed
    }
  }, FLUSH_INTERVAL_MS);
  timer.unref();
  return pino(options, destination);
}
