import { generateOpenApiDocument } from 'trpc-to-openapi';

import { appRouter } from './root';

let cached: ReturnType<typeof generateOpenApiDocument> | null = null;

/** The OpenAPI 3.1 document of the REST form (served under `/api`), generated once. */
export function openApiDocument(): ReturnType<typeof generateOpenApiDocument> {
  cached ??= generateOpenApiDocument(appRouter, {
    title: 'Musaeid API',
    description:
      'Ask questions about events, companies and people in plain English. Authenticate with `Authorization: Bearer <key>` ' +
      '(create one with `pnpm musaeid users create --email you@example.com`). The same procedures are available over tRPC at `/trpc`.',
    version: '0.1.0',
    baseUrl: '/api',
    docsUrl: '/docs',
    tags: ['chat', 'data', 'auth', 'keys', 'usage', 'admin', 'health'],
  });
  return cached;
}
