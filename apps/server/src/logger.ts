import { pino, type Logger } from 'pino';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The server's structured logger (JSON lines on stdout). Secrets are redacted by path. */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service: 'musaeid' },
    redact: { paths: ['req.headers.authorization', 'apiKey', 'key'], censor: '[redacted]' },
  });
}
