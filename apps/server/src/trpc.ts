/**
 * tRPC set-up, in three sections: (1) context, (2) initialisation with the error formatter,
 * (3) procedures (public, protected, metered, admin). `t` itself is never exported.
 */
import { randomUUID } from 'node:crypto';

import { initTRPC, TRPCError } from '@trpc/server';
import type { CreateHTTPContextOptions } from '@trpc/server/adapters/standalone';
import type { OpenApiMeta } from 'trpc-to-openapi';
import type { TRPCPanelMeta } from 'trpc-ui-zod4';
import { z, ZodError } from 'zod';

import { bearerToken } from './auth/apiKey';
import { QuotaExceededError, RateLimitedError } from './errors';
import type { Logger } from './logger';
import type { UserDto } from './schemas';
import type { AppServices } from './services/AppServices';
import { storageError } from './services/storageError';
import { transformer } from './transformer';

/* ---------------------------------------------------------------------------------------------
 * 1. CONTEXT
 * ------------------------------------------------------------------------------------------- */

export interface CreateContextInnerOptions {
  services: AppServices;
  user: UserDto | null;
  requestId?: string;
  logger?: Logger;
  /** Why `user` is null when a key was presented (shown in the UNAUTHORIZED message). */
  authProblem?: 'missing' | 'invalid';
}

/** The context from plain data: what router tests use with `createCaller`. */
export async function createContextInner(opts: CreateContextInnerOptions) {
  const requestId = opts.requestId ?? randomUUID();
  const logger = (opts.logger ?? opts.services.logger).child({ requestId });
  return {
    services: opts.services,
    store: opts.services.store,
    engine: opts.services.engine,
    user: opts.user,
    authProblem: opts.authProblem ?? (opts.user ? undefined : 'missing'),
    requestId,
    logger,
  };
}

export type Context = Awaited<ReturnType<typeof createContextInner>>;

/**
 * The HTTP adapter wrapper: reads `Authorization: Bearer <key>` (or, for SSE subscriptions whose
 * EventSource cannot send headers, the `apiKey` connection parameter) and resolves the user.
 */
export function createHttpContextFactory(services: AppServices) {
  return async ({ req, res, info }: CreateHTTPContextOptions): Promise<Context> => {
    const requestId = (res.getHeader('x-request-id') as string | undefined) ?? randomUUID();
    const params = info.connectionParams;
    const param = (name: string): string | undefined => {
      const v = params && Object.hasOwn(params, name) ? (params as Record<string, unknown>)[name] : undefined;
      return typeof v === 'string' ? v : undefined;
    };
    const fromParams = param('apiKey') ?? param('authorization');
    // The REST adapter hands over a request whose headers may be a fetch `Headers` object.
    const headers = req.headers as unknown as { get?: (name: string) => string | null; authorization?: string };
    const authorization = typeof headers.get === 'function' ? headers.get('authorization') : headers.authorization;
    const key = bearerToken(authorization) ?? (fromParams ? (bearerToken(fromParams) ?? fromParams) : null);
    const auth = key ? services.store.users.authenticate(key) : null;
    return createContextInner({
      services,
      user: auth?.user ?? null,
      authProblem: key ? (auth ? undefined : 'invalid') : 'missing',
      requestId,
    });
  };
}

/* ---------------------------------------------------------------------------------------------
 * 2. INITIALISATION
 * ------------------------------------------------------------------------------------------- */

export type Meta = OpenApiMeta & TRPCPanelMeta;

/** "text: must not be empty; chatId: expected an id (UUID)" from a zod error. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

/** Seconds to wait before retrying, carried by rate-limit and quota errors. */
export function retryAfterOf(error: unknown): number | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  return cause instanceof QuotaExceededError || cause instanceof RateLimitedError ? cause.retryAfterSeconds : null;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer,
    // Stack traces only in development, never to API clients in production or tests.
    isDev: process.env.NODE_ENV === 'development',
    sse: { ping: { enabled: true, intervalMs: 5_000 } },
    errorFormatter({ shape, error, ctx }) {
      const zodError = error.code === 'BAD_REQUEST' && error.cause instanceof ZodError ? error.cause : null;
      return {
        ...shape,
        message: zodError ? `Invalid input: ${describeZodError(zodError)}` : shape.message,
        data: {
          ...shape.data,
          zodError: zodError ? z.flattenError(zodError) : null,
          retryAfterSeconds: retryAfterOf(error),
          /** Also in the `x-request-id` response header and in the server's logs. */
          requestId: ctx?.requestId ?? null,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/* ---------------------------------------------------------------------------------------------
 * 3. PROCEDURES
 * ------------------------------------------------------------------------------------------- */

/** Storage failures (full disk, read-only file, busy database) reach callers as typed SERVICE_UNAVAILABLE errors. */
const storageErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const typed = storageError(result.error.cause);
    if (typed) throw typed;
  }
  return result;
});

/** Anyone, key or not (only `health`). */
export const publicProcedure = t.procedure.use(storageErrors);

/** A valid, unrevoked key of an enabled user; narrows `ctx.user` to non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message:
        ctx.authProblem === 'invalid'
          ? 'Invalid, revoked or disabled API key'
          : 'Missing API key: send "Authorization: Bearer <key>"',
    });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Protected and counted against the caller's per-minute rate limit (engine work). */
export const meteredProcedure = protectedProcedure.use(({ ctx, next }) => {
  const wait = ctx.services.rateLimiter.check(ctx.user.id);
  if (wait !== null) {
    const cause = new RateLimitedError(ctx.services.rateLimiter.limit, wait);
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
  }
  return next();
});

/** Admins only (FORBIDDEN for everyone else). */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'Admin role required' });
  return next();
});
