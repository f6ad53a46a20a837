import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Embedder } from '@musaeid/core';

import type { ChatEngine } from './engine';
import type { ServerEnv } from './env';
import { createHttpServer, listen, type HttpServer } from './http';
import { createLogger, type Logger } from './logger';
import { DEFAULT_WEB_DIR } from './webApp';
import { createAppServices } from './services/AppServices';
import { AppStore } from './store/AppStore';

/** Rows of an answer's first page (`chat.result`'s default page size). */
const ANSWER_PAGE_ROWS = 100;

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
  mkdirSync(path.dirname(env.dbFile), { recursive: true });

  const dbModule = await import('@musaeid/db');
  const { ensureMigrated } = await import('./ensureMigrated');
  const applied = await ensureMigrated(env.dbFile);
  if (applied.length > 0) logger.info({ applied, db: env.dbFile }, 'database migrated');

  const sqlite = dbModule.openSqlite(env.dbFile);
  const store = new AppStore(sqlite);
  try {
    if (opts.demoIfEmpty) await fillIfEmpty(store, env.dbFile, print, logger);
    else if (store.users.countUsers() === 0) {
      print(
        `No users yet: create one with  pnpm musaeid users create --email you@example.com --admin --db ${env.dbFile}`,
      );
    }
  } catch (error) {
    sqlite.close();
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
      dbFile: env.dbFile,
      llm: env.llm,
      route: env.route,
      timeoutMs: env.engineTimeoutMs,
      // An answer carries one page (what a client shows first, `chat.result`'s default page); the store keeps it
      // and the engine reads the others on demand: a million-row result costs one page to answer and to store.
      pageSize: ANSWER_PAGE_ROWS,
      // Logged once each: a bug in the parser (the answer is an ENGINE_ERROR), a model that failed after an
      // incomplete parse (the answer is the parser's own clarification or refusal).
      logError: (error) =>
        error instanceof core.ModelFallbackFailed
          ? logger.warn({ err: error }, 'the model could not complete an offline parse')
          : logger.error({ err: error }, 'engine bug'),
    });
  }

  const services = createAppServices({
    store,
    engine,
    embedder,
    logger,
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
  const recovered = services.chat.recoverInterrupted(startedAt);
  if (recovered > 0) logger.warn({ recovered }, 'answered questions interrupted by an earlier crash');

  const http = await listen(
    createHttpServer({ services, logger, corsOrigins: env.corsOrigins, webDir: opts.webDir ?? DEFAULT_WEB_DIR }),
    env.port,
    env.host,
  );
  logger.info({ url: http.url, db: env.dbFile, llm: env.llm.provider, route: env.route }, 'listening');

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down: finishing in-flight requests');
      await http.close(env.shutdownGraceMs);
      await services.chat.drain(); // answers whose client went away are still stored
      await engine.close?.();
      sqlite.close();
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

async function fillIfEmpty(
  store: AppStore,
  dbFile: string,
  print: (line: string) => void,
  logger: Logger,
): Promise<void> {
  const events = (store.db.prepare('SELECT count(*) AS n FROM "events"').get() as { n: number }).n;
  if (events === 0) {
    print('Empty database: generating and ingesting demo data (this takes a few seconds)...');
    const { seedDemoDatabase } = await import('@musaeid/db');
    await seedDemoDatabase({ db: dbFile });
    logger.info({ db: dbFile }, 'demo data ingested');
  }
  if (store.users.countUsers() === 0) {
    const { user, apiKey } = store.users.createUser({
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
