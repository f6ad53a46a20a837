import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { ZodError } from 'zod';

/** Awaits a call that must fail with `code`; for BAD_REQUEST, `field` must be named by the zod error. */
export async function expectTrpcError(
  call: Promise<unknown>,
  code: TRPCError['code'],
  field?: string,
): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).toBe(code);
  if (field !== undefined) {
    expect(trpcError.cause).toBeInstanceOf(ZodError);
    const paths = (trpcError.cause as ZodError).issues.map((i) => i.path.join('.'));
    expect(
      paths.some((p) => p === field || (field === '' && p === '')),
      `fields ${JSON.stringify(paths)} should name ${field}`,
    ).toBe(true);
  }
  return trpcError;
}
