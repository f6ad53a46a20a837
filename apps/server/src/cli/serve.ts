import { CliError } from './CliError';

export async function runServe(o: { db?: string; port?: number; host?: string; demoIfEmpty?: boolean }): Promise<void> {
  const { ConfigError, loadEnv } = await import('../env');
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const path = await import('node:path');
  if (o.db !== undefined) env.dbFile = path.resolve(o.db);
  if (o.port !== undefined) env.port = o.port;
  if (o.host !== undefined) env.host = o.host;
  const { startServer } = await import('../server');
  let running;
  try {
    running = await startServer({ env, demoIfEmpty: o.demoIfEmpty === true });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError(`port ${env.port} on ${env.host} is already in use`);
    throw error;
  }
  process.stdout.write(`Musaeid listening on ${running.http.url} (docs ${running.http.url}/docs, panel ${running.http.url}/panel)\n`);
  const onSignal = (signal: NodeJS.Signals) => {
    running.logger.info({ signal }, 'signal received');
    running
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        running.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
