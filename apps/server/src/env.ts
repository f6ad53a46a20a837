import { existsSync } from 'node:fs';
import path from 'node:path';

import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

import {
  ConfigError as LlmConfigError,
  resolveLlmConfig,
  resolveRoute,
  type EngineRoute,
  type LlmConfig,
} from '@musaeid/core';
import { isPostgresUrl } from '@musaeid/db';

import type { LogLevel } from './logger';

export type { EngineRoute, LlmConfig };

/** The server's validated configuration. */
export interface ServerEnv {
  dbFile: string;
  /** PostgreSQL instead of the SQLite file (MUSAEID_DATABASE_URL). */
  databaseUrl: string | undefined;
  port: number;
  host: string;
  rateLimitPerMinute: number;
  monthlyMessageQuota: number;
  logLevel: LogLevel;
  llm: LlmConfig;
  /** Which generator answers (MUSAEID_ROUTE): 'offline', 'offline-first' (default with a model) or 'llm'. */
  route: EngineRoute;
  costPer1kPromptTokensUsd: number;
  costPer1kCompletionTokensUsd: number;
  engineTimeoutMs: number;
  /**
   * "Today" for relative dates in questions ("next month") when a request gives no `asOf`,
   * `YYYY-MM-DD`; null: the server's current date (UTC) at each request.
   */
  asOf: string | null;
  /** How long a stopping server lets running requests finish before answering them 503 (ms). */
  shutdownGraceMs: number;
  /** Browser origins allowed to call the API (CORS); empty: no CORS headers at all. */
  corsOrigins: string[];
}

/** A start-up error naming every bad setting, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const integer = (min: number, max: number, fallback: number) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, `expected a whole number between ${min} and ${max}`)
      .transform(Number)
      .pipe(z.number().int().min(min).max(max))
      .optional()
      .default(fallback),
  );

const money = optionalText.pipe(
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'expected a non-negative number of US dollars, e.g. 0.002')
    .transform(Number)
    .optional()
    .default(0),
);

const envSchema = z.object({
  MUSAEID_DB: optionalText.default('./data/musaeid.db'),
  MUSAEID_DATABASE_URL: optionalText.pipe(
    z.string().refine(isPostgresUrl, 'expected postgres://user@host:port/database').optional(),
  ),
  PORT: integer(0, 65535, 3000),
  HOST: optionalText.default('127.0.0.1'),
  MUSAEID_RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000, 30),
  MUSAEID_MONTHLY_MESSAGE_QUOTA: integer(1, 1_000_000_000, 1000),
  MUSAEID_LOG_LEVEL: optionalText.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  ),
  MUSAEID_ENGINE_TIMEOUT_MS: integer(100, 600_000, 15_000),
  MUSAEID_LLM: optionalText.pipe(z.enum(['offline', 'openai', 'replicate', 'ollama']).optional().default('offline')),
  MUSAEID_LLM_MODEL: optionalText,
  MUSAEID_EMBEDDING_MODEL: optionalText,
  MUSAEID_ROUTE: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
  REPLICATE_API_TOKEN: optionalText,
  OLLAMA_HOST: optionalText.pipe(z.url().optional()),
  MUSAEID_SHUTDOWN_GRACE_MS: integer(0, 600_000, 10_000),
  MUSAEID_CORS_ORIGINS: optionalText.pipe(
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o !== ''),
      )
      .pipe(
        z.array(
          z.union([
            z.literal('*'),
            z
              .url({ protocol: /^https?$/, error: 'expected origins like https://app.example.com, comma-separated' })
              .refine(
                (o) => new URL(o).origin === o,
                'an origin is scheme://host[:port] with no path or trailing slash',
              ),
          ]),
        ),
      )
      .optional()
      .default([]),
  ),
  MUSAEID_COST_PER_1K_PROMPT_TOKENS: money,
  MUSAEID_COST_PER_1K_COMPLETION_TOKENS: money,
  MUSAEID_AS_OF: optionalText.pipe(
    z
      .string()
      .refine((v) => v === 'today' || z.iso.date().safeParse(v).success, 'expected "today" or a date YYYY-MM-DD')
      .optional()
      .default('today'),
  ),
});

/** The model settings, read by core's own resolver so the server and `ask` accept the same variables. */
function llmConfig(source: Record<string, string | undefined>, problems: string[]): LlmConfig {
  try {
    return resolveLlmConfig(source);
  } catch (error) {
    if (!(error instanceof LlmConfigError)) throw error;
    const missing = !source[error.variable]?.trim();
    problems.push(`${error.variable}: ${missing ? `required (${error.message})` : error.message}`);
    return { provider: 'offline' };
  }
}

/** The routing (MUSAEID_ROUTE), checked by core's own resolver against the model settings. */
function routeOf(source: Record<string, string | undefined>, llm: LlmConfig, problems: string[]): EngineRoute {
  try {
    return resolveRoute(source.MUSAEID_ROUTE, llm);
  } catch (error) {
    if (!(error instanceof LlmConfigError)) throw error;
    problems.push(`${error.variable}: ${error.message}`);
    return 'offline';
  }
}

/**
 * Validates configuration from an environment-like record. Throws a {@link ConfigError} that
 * names every bad variable at once.
 * @example parseEnv({ PORT: '8080', MUSAEID_LLM: 'offline' }).port // 8080
 */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        const given = source[name];
        return `${name}: ${issue.message}${given !== undefined ? ` (got ${JSON.stringify(given)})` : ''}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  const llm = llmConfig(source, problems);
  // A route needing a model is judged only once the model settings are valid (one problem, not two).
  const route = problems.length > 0 ? 'offline' : routeOf(source, llm, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    dbFile: path.resolve(e.MUSAEID_DB),
    databaseUrl: e.MUSAEID_DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    rateLimitPerMinute: e.MUSAEID_RATE_LIMIT_PER_MINUTE,
    monthlyMessageQuota: e.MUSAEID_MONTHLY_MESSAGE_QUOTA,
    logLevel: e.MUSAEID_LOG_LEVEL,
    llm,
    route,
    costPer1kPromptTokensUsd: e.MUSAEID_COST_PER_1K_PROMPT_TOKENS,
    costPer1kCompletionTokensUsd: e.MUSAEID_COST_PER_1K_COMPLETION_TOKENS,
    engineTimeoutMs: e.MUSAEID_ENGINE_TIMEOUT_MS,
    asOf: e.MUSAEID_AS_OF === 'today' ? null : e.MUSAEID_AS_OF,
    shutdownGraceMs: e.MUSAEID_SHUTDOWN_GRACE_MS,
    corsOrigins: e.MUSAEID_CORS_ORIGINS,
  };
}

/** Reads `.env` from the working directory (when present; real environment variables win), then validates. */
export function loadEnv(cwd: string = process.cwd()): ServerEnv {
  const file = path.join(cwd, '.env');
  if (existsSync(file)) loadDotenv({ path: file, quiet: true });
  return parseEnv(process.env);
}
