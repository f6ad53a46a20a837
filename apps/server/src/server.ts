import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Embedder } from '@musaeid/core';

import type { ChatEngine } from './engine';
import type { ServerEnv } from './env';
import { createHttpServer, listen, type HttpServer } from './http';
import { ANSWER_PAGE_ROWS } from './answerPaging';
import { createLogger, type Logger } from './logger';
import { DEFAULT_WEB_DIR } from './webApp';
import { createAppServices } from './services/AppServices';
import { AppStore } from './store/AppStore';
import { SqliteClient } from './store/SqliteClient';

export interface RunningServer {
  http: HttpServer;
  logger: Logger;
  /** Graceful stop: no new connections, in-flight requests finish, then the engine and database close. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  env: ServerEnv;
  demoIfEmpty?: boolean;
  /** Where first-run notices (the admin key) go; stdout by default. */
  print?: (line: string) => void;
  /** The built browser app served at `/` (default `apps/web/dist`; the API index when it is not built). */
  webDir?: string;
  /** Use this engine instead of building one from `@musaeid/core` (tests). */
  engine?: ChatEngine & { close?: () => Promise<void> };
}

/**
 * Migrates the database, optionally fills an empty one with demo data and a first admin, builds
 * the engine and serves HTTP.
 */
export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const { env } = opts;
  const startedAt = new Date();
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logger = createLogger(env.logLevel);
  const database: Database =
    env.databaseUrl === undefined ? { kind: 'sqlite', file: env.dbFile } : { kind: 'postgresql', url: env.databaseUrl };
  const where = database.kind === 'sqlite' ? database.file : withoutPassword(database.url);
  const store = await openStore(database, logger);
  try {
    if (opts.demoIfEmpty) await fillIfEmpty(store, database, print, logger);
    else if ((await store.users.countUsers()) === 0) {
      const option = database.kind === 'sqlite' ? `--db ${database.file}` : `--database-url ${where}`;
      print(`No users yet: create one with  pnpm musaeid users create --email you@example.com --admin ${option}`);
    }
  } catch (error) {
    await store.close();
    throw error;
  }

  let engine: ChatEngine & { close?: () => Promise<void> };
  let embedder: Embedder | null = null;
  if (opts.engine) engine = opts.engine;
  else {
    preloadWithoutSourceMap('@musaeid/core', 'node-sql-parser');
    const core = await import('@musaeid/core');
    // The model settings and the route were resolved once, by parseEnv (core's resolveLlmConfig and resolveRoute).
    // With route 'offline' the provider is never called, its embeddings included.
    if (env.route !== 'offline') embedder = await core.createEmbedder(env.llm);
    engine = await core.Engine.create({
      ...(database.kind === 'sqlite' ? { dbFile: database.file } : { databaseUrl: database.url }),
      llm: env.llm,
      route: env.route,
      timeoutMs: env.engineTimeoutMs,
      // An answer carries one page (what a client shows first, `chat.result`'s default page); the store keeps it
      // and the engine reads the others on demand: a million-row result costs one page to answer and to store.
      pageSize: ANSWER_PAGE_ROWS,
      // Logged once each: a bug in the parser (the answer is an ENGINE_ERROR), a model that failed after an
      // incomplete parse (the answer is the parser's own clarification or refusal), an embeddings endpoint that
      // failed (BM25 ranks the tables meanwhile).
      logError: (error) =>
        error instanceof core.ModelFallbackFailed
          ? logger.warn({ err: error }, 'the model could not complete an offline parse')
          : error instanceof core.EmbeddingError
            ? logger.warn({ err: error }, 'embeddings failed: tables ranked by BM25 alone for now')
            : logger.error({ err: error }, 'engine bug'),
    });
  }

  // On PostgreSQL new stream events are announced to every process (LISTEN/NOTIFY); on a SQLite file, within this one.
  const streamBus =
    database.kind === 'postgresql'
      ? await (
          await import('./store/PostgresStreamEventBus')
        ).PostgresStreamEventBus.start(database.url, store.sql, logger)
      : undefined;
  const services = createAppServices({
    store,
    engine,
    embedder,
    logger,
    ...(streamBus ? { streamBus } : {}),
    asOf: env.asOf,
    limits: {
      rateLimitPerMinute: env.rateLimitPerMinute,
      monthlyMessageQuota: env.monthlyMessageQuota,
      costPer1kPromptTokensUsd: env.costPer1kPromptTokensUsd,
      costPer1kCompletionTokensUsd: env.costPer1kCompletionTokensUsd,
      answerTimeoutMs: Math.max(30_000, env.engineTimeoutMs * 4),
    },
  });
  // The greeting's example questions are verified by asking them: start on that now, in the
  // background, so the first chat.create finds them ready (a failure is logged by createChat later).
  services.chat.suggestions(2).catch((error: unknown) => logger.warn({ err: error }, 'example questions not ready'));
  const recovered = await services.chat.recoverInterrupted(startedAt);
  if (recovered > 0) logger.warn({ recovered }, 'answered questions interrupted by an earlier crash');
  services.lease.start();
  const stopPruning = services.streams.startPruning();

  const http = await listen(
    createHttpServer({ services, logger, corsOrigins: env.corsOrigins, webDir: opts.webDir ?? DEFAULT_WEB_DIR }),
    env.port,
    env.host,
  );
  logger.info({ url: http.url, db: where, llm: env.llm.provider, route: env.route }, 'listening');

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down: finishing in-flight requests');
      await http.close(env.shutdownGraceMs);
      await services.chat.drain(); // answers whose client went away are still stored
      stopPruning();
      await services.lease
        .stop()
        .catch((error: unknown) => logger.warn({ err: error }, 'could not give the lease back'));
      await services.streamBus.close();
      await engine.close?.();
      await store.close();
      logger.info('stopped');
    })());
  return { http, logger, stop };
}

/**
 * Loads `specifier` as `fromPackage` resolves it, with source maps off, so that `fromPackage` finds
 * it in the module cache. For node-sql-parser (the engine's SQL guard): its all-dialect bundle
 * comes with an 18 MB source map, which Node (source maps are on under tsx) would parse and keep
 * in the heap, about 23 MB live, which V8 multiplies into 100+ MB of resident memory under load.
 * Remove once the engine imports a single-dialect build (`node-sql-parser/build/sqlite`).
 */
function preloadWithoutSourceMap(fromPackage: string, specifier: string): void {
  const enabled = process.sourceMapsEnabled;
  try {
    process.setSourceMapsEnabled(false);
    const from = createRequire(import.meta.url).resolve(fromPackage);
    createRequire(from)(specifier);
  } catch {
    // not installed as expected: the package loads normally later
  } finally {
    process.setSourceMapsEnabled(enabled);
  }
}

/** Where the server keeps everything: one SQLite file, or one PostgreSQL database (data and app tables). */
type Database = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

/** A URL fit for logs and notices: the password, if any, left out. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Migrates the database (idempotent) and opens the app store on it. */
async function openStore(database: Database, logger: Logger): Promise<AppStore> {
  const dbModule = await import('@musaeid/db');
  if (database.kind === 'postgresql') {
    const { applied } = await dbModule.migratePostgres(database.url);
    if (applied.length > 0) logger.info({ applied, db: withoutPassword(database.url) }, 'database migrated');
    const { PostgresClient } = await import('./store/PostgresClient');
    return new AppStore(PostgresClient.connect(database.url));
  }
  mkdirSync(path.dirname(database.file), { recursive: true });
  const { ensureMigrated } = await import('./ensureMigrated');
  const applied = await ensureMigrated(database.file);
  if (applied.length > 0) logger.info({ applied, db: database.file }, 'database migrated');
  return new AppStore(new SqliteClient(dbModule.openSqlite(database.file)));
}

async function fillIfEmpty(
  store: AppStore,
  database: Database,
  print: (line: string) => void,
  logger: Logger,
): Promise<void> {
  const events = (await store.sql.get<{ n: number }>('SELECT count(*) AS n FROM "events"'))?.n ?? 0;
  if (events === 0) {
    print('Empty database: generating and ingesting demo data (this takes a few seconds)...');
    const { seedDemoDatabase } = await import('@musaeid/db');
    await seedDemoDatabase(database.kind === 'sqlite' ? { db: database.file } : { db: '', databaseUrl: database.url });
    logger.info(
      { db: database.kind === 'sqlite' ? database.file : withoutPassword(database.url) },
      'demo data ingested',
    );
  }
  if ((await store.users.countUsers()) === 0) {
    const { user, apiKey } = await store.users.createUser({
      email: 'admin@musaeid.local',
      role: 'admin',
      keyName: 'first-run',
    });
    print(
      [
        '',
        `Created the first admin, ${user.email}. Their API key (shown once, keep it):`,
        '',
        `  ${apiKey}`,
        '',
        `Send it as "Authorization: Bearer ${apiKey.slice(0, 12)}..." (panel: /panel, docs: /docs).`,
        '',
      ].join('\n'),
    );
  }
}
