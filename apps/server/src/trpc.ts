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

import { parseAuthorization } from './auth/apiKey';
import { mapError, reasonOf, retryAfterOf } from './errorMap';
import { ForbiddenError, RateLimitedError, UnauthenticatedError, type ApiErrorReason } from './errors';
import type { Logger } from './logger';
import type { UserDto } from './schemas';
import type { AppServices } from './services/AppServices';
import { transformer } from './transformer';

/* ---------------------------------------------------------------------------------------------
 * 1. CONTEXT
 * ------------------------------------------------------------------------------------------- */

/** Why `user` is null: what the UNAUTHORIZED error says. */
export interface AuthProblem {
  message: string;
  reason: ApiErrorReason | null;
}

const MISSING_KEY: AuthProblem = { message: 'Missing API key: send "Authorization: Bearer <key>"', reason: null };
const INVALID_KEY: AuthProblem = { message: 'Invalid, revoked or disabled API key', reason: null };

export interface CreateContextInnerOptions {
  services: AppServices;
  user: UserDto | null;
  requestId?: string;
  logger?: Logger;
  /** Why `user` is null when credentials were presented (default: none were). */
  authProblem?: AuthProblem;
}

/** The context from plain data: what router tests use with `createCaller`. Services are reached through `services` only. */
export async function createContextInner(opts: CreateContextInnerOptions) {
  const requestId = opts.requestId ?? randomUUID();
  const logger = (opts.logger ?? opts.services.logger).child({ requestId });
  return {
    services: opts.services,
    user: opts.user,
    authProblem: opts.user ? null : (opts.authProblem ?? MISSING_KEY),
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
    // The REST adapter hands over a request whose headers may be a fetch `Headers` object.
    const headers = req.headers as unknown as { get?: (name: string) => string | null; authorization?: string };
    const authorization = typeof headers.get === 'function' ? headers.get('authorization') : headers.authorization;
    let presented = parseAuthorization(authorization);
    if (presented.kind === 'missing') {
      const fromParams = param('apiKey') ?? param('authorization');
      if (fromParams)
        presented = /\s/.test(fromParams.trim()) ? parseAuthorization(fromParams) : { kind: 'key', key: fromParams };
    }
    const auth = presented.kind === 'key' ? await services.store.users.authenticate(presented.key) : null;
    const authProblem: AuthProblem =
      presented.kind === 'malformed'
        ? { message: `Malformed Authorization header: ${presented.problem}`, reason: 'MALFORMED_AUTHORIZATION' }
        : presented.kind === 'key'
          ? INVALID_KEY
          : MISSING_KEY;
    return createContextInner({ services, user: auth?.user ?? null, authProblem, requestId });
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
        message: zodError
          ? `Invalid input: ${describeZodError(zodError)}`
          : error.cause instanceof SyntaxError
            ? `Malformed JSON in the request body: ${error.cause.message}`
            : shape.message,
        data: {
          ...shape.data,
          /** Which of the documented cases this is (RATE_LIMITED, QUOTA_EXCEEDED, ...; see API_ERROR_REASONS), or null. */
          reason: reasonOf(error),
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

/**
 * The one map from domain errors (NotFoundError, QuotaExceededError, storage failures, ...) to
 * tRPC errors, around every procedure: services and stores never throw TRPCError.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = mapError(result.error);
    if (mapped !== result.error) throw mapped;
  }
  return result;
});

/** Anyone, key or not (only `health`). */
export const publicProcedure = t.procedure.use(domainErrors);

/** A valid, unrevoked key of an enabled user; narrows `ctx.user` to non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    const problem = ctx.authProblem ?? MISSING_KEY;
    throw new UnauthenticatedError(problem.message, problem.reason);
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Protected and counted against the caller's per-minute rate limit (engine work). A request
 * rejected as invalid (BAD_REQUEST) gives its slot back: only requests that could run count.
 */
export const meteredProcedure = protectedProcedure.use(({ ctx, next }) => metered(ctx, next));

/**
 * `chat.stream`: metered like {@link meteredProcedure}, except a resume (`lastEventId` given) is
 * free and never refused for the rate: it replays what was recorded, the engine does nothing, and a
 * client cut off mid-answer must get the rest even when it has used up its minute.
 */
export const streamProcedure = protectedProcedure.use(async ({ ctx, next, getRawInput }) => {
  const raw = await getRawInput();
  const resuming = typeof raw === 'object' && raw !== null && 'lastEventId' in raw && raw.lastEventId !== undefined;
  return resuming ? next() : metered(ctx, next);
});

/** Takes a rate-limit slot for the caller (or refuses); a request rejected as invalid gives it back. */
async function metered<R extends { ok: boolean; error?: unknown }>(
  ctx: { services: Context['services']; user: { id: string } },
  next: () => Promise<R>,
): Promise<R> {
  const limiter = ctx.services.rateLimiter;
  const wait = await limiter.check(ctx.user.id);
  if (wait !== null) throw new RateLimitedError(limiter.limit, wait);
  const result = await next();
  if (!result.ok) {
    const mapped = mapError(result.error);
    if (mapped instanceof TRPCError && mapped.code === 'BAD_REQUEST') await limiter.refund(ctx.user.id);
  }
  return result;
}

/** Admins only (FORBIDDEN for everyone else). */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') throw new ForbiddenError('Admin role required');
  return next();
});
