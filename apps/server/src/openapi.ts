import { generateOpenApiDocument } from 'trpc-to-openapi';

import { API_ERROR_REASONS } from './errors';
import { appRouter } from './root';

type Document = ReturnType<typeof generateOpenApiDocument>;

/** Every error status of the REST form: its tRPC code, what it means and an example message. */
const ERRORS: Record<number, { code: string; description: string; message: string; reason?: string }> = {
  400: {
    code: 'BAD_REQUEST',
    description:
      'Invalid input (data.zodError names the field), malformed JSON (reason MALFORMED_JSON) or a body field that disagrees with the path (PATH_BODY_MISMATCH)',
    message: 'Invalid input: text: must not be empty or only whitespace',
  },
  401: {
    code: 'UNAUTHORIZED',
    description: 'Missing, malformed (reason MALFORMED_AUTHORIZATION), invalid or revoked API key',
    message: 'Missing API key: send "Authorization: Bearer <key>"',
  },
  403: { code: 'FORBIDDEN', description: 'Not allowed (the admin role is required)', message: 'Admin role required' },
  404: {
    code: 'NOT_FOUND',
    description: 'Not found (another user\'s chat or message is "not found" too)',
    message: 'Chat 0b7c5a3e-8d1f-4f7e-9a57-3c2d1e0f9a8b not found',
  },
  409: { code: 'CONFLICT', description: 'Conflicts with what is stored', message: 'Conflict' },
  413: {
    code: 'PAYLOAD_TOO_LARGE',
    description: 'Request body over 1,000,000 bytes',
    message: 'Request body too large (limit 1000000 bytes)',
  },
  429: {
    code: 'TOO_MANY_REQUESTS',
    description:
      'Per-minute rate limit (reason RATE_LIMITED) or monthly message quota (reason QUOTA_EXCEEDED) reached; wait Retry-After seconds',
    message: 'Rate limit of 30 requests per minute reached; retry in 12 s',
    reason: 'RATE_LIMITED',
  },
  500: {
    code: 'INTERNAL_SERVER_ERROR',
    description: 'Internal server error (logged with data.requestId)',
    message: 'Internal server error',
  },
  503: {
    code: 'SERVICE_UNAVAILABLE',
    description:
      'Storage unavailable (reason STORAGE_UNAVAILABLE) or the server is restarting (SHUTTING_DOWN); retry after Retry-After seconds',
    message: 'The server is restarting; retry in 5 s',
    reason: 'SHUTTING_DOWN',
  },
};

/** Statuses beyond the common ones, and their wording, per operation ("METHOD /path"). */
const SPECIFIC: Record<string, Record<number, string>> = {
  'post /chats/{chatId}/messages': {
    404: 'No such chat (or not yours), or it was deleted while answering',
    409: 'The clientMessageId was already used in this chat for a different text (reason CLIENT_MESSAGE_ID_CONFLICT)',
    429: ERRORS[429]?.description ?? '',
  },
  'post /sql': { 429: 'Per-minute rate limit reached (reason RATE_LIMITED); wait Retry-After seconds' },
  'delete /keys/{keyId}': {
    404: 'No such key (or not yours)',
    409: 'The last active key: revoking it needs force=true (reason LAST_API_KEY)',
  },
  'post /admin/users': { 409: 'The e-mail address is taken (reason DUPLICATE_EMAIL)' },
  'get /usage': { 403: "Only admins may see all users or another user's usage" },
};

const errorSchema = {
  type: 'object',
  description: 'An error of the REST form (the same data as over tRPC)',
  properties: {
    message: { type: 'string' },
    code: { type: 'string', description: 'The tRPC error code' },
    data: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        httpStatus: { type: 'integer' },
        path: { type: ['string', 'null'] },
        reason: {
          type: ['string', 'null'],
          enum: [...API_ERROR_REASONS, null],
          description: 'Which documented case this is, when one applies',
        },
        zodError: { type: ['object', 'null'], description: 'Field errors of invalid input' },
        retryAfterSeconds: { type: ['integer', 'null'], description: 'Also in the Retry-After header' },
        requestId: { type: ['string', 'null'], description: 'Also in the x-request-id header and the logs' },
      },
    },
  },
  required: ['message', 'code'],
};

/** The error statuses an operation really answers, from what it is (protected, with a body, with a path id, ...). */
function statusesOf(method: string, path: string, operation: { security?: unknown[] }): number[] {
  const statuses = new Set([400, 500, 503]);
  if (operation.security === undefined || operation.security.length > 0) statuses.add(401);
  if (path.startsWith('/admin/')) statuses.add(403);
  if (['post', 'put', 'patch'].includes(method)) statuses.add(413);
  if (path.includes('{')) statuses.add(404);
  for (const status of Object.keys(SPECIFIC[`${method} ${path}`] ?? {})) statuses.add(Number(status));
  return [...statuses].sort();
}

/** Replaces the generic error responses of every operation with the ones it really gives, with examples. */
function documentErrors(doc: Document): Document {
  const components = (doc.components ??= {});
  const schemas = (components.schemas ??= {}) as Record<string, unknown>;
  for (const name of Object.keys(schemas)) if (name.startsWith('error.')) delete schemas[name];
  schemas.Error = errorSchema;
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, Record<string, unknown>>)) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
      const responses = operation.responses as Record<string, unknown>;
      for (const status of Object.keys(responses)) if (status !== '200') delete responses[status];
      const publicOperation = path === '/health';
      for (const status of statusesOf(method, path, operation)) {
        if (publicOperation && status === 401) continue;
        const error = ERRORS[status];
        if (!error) continue;
        responses[status] = {
          description: SPECIFIC[`${method} ${path}`]?.[status] ?? error.description,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Error' },
              example: {
                message: error.message,
                code: error.code,
                data: { code: error.code, httpStatus: status, reason: error.reason ?? null },
              },
            },
          },
        };
      }
    }
  }
  return doc;
}

let cached: Document | null = null;

/** The OpenAPI 3.1 document of the REST form (served under `/api`), generated once. */
export function openApiDocument(): Document {
  cached ??= documentErrors(
    generateOpenApiDocument(appRouter, {
      title: 'Musaeid API',
      description:
        'Ask questions about events, companies and people in plain English. Authenticate with `Authorization: Bearer <key>` ' +
        '(create one with `pnpm musaeid users create --email you@example.com`). The same procedures are available over tRPC at `/trpc`. ' +
        'Errors carry `data.reason` for the documented cases (RATE_LIMITED, QUOTA_EXCEEDED, CLIENT_MESSAGE_ID_CONFLICT, ...).',
      version: '0.1.0',
      baseUrl: '/api',
      docsUrl: '/docs',
      tags: ['chat', 'data', 'auth', 'keys', 'usage', 'admin', 'health'],
    }),
  );
  return cached;
}
