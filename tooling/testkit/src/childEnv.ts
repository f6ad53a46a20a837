/**
 * The environment every child process of the tests and benchmarks gets: hermetic (no inherited
 * MUSAEID_* settings and no `.env` surprises), the offline engine, quiet logs, and limits high
 * enough that load measures the server rather than its rate limiter (tests that need the limits
 * set their own through `extra`).
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('MUSAEID_') || key.startsWith('VITEST') || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return {
    ...env,
    NODE_ENV: 'test',
    MUSAEID_LOG_LEVEL: 'warn',
    MUSAEID_LLM: 'offline',
    MUSAEID_RATE_LIMIT_PER_MINUTE: '1000000',
    MUSAEID_MONTHLY_MESSAGE_QUOTA: '100000000',
    ...extra,
  };
}
