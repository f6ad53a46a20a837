import type { ProcedureType } from './trpcHttp';

/** One procedure of a router as the tests see it: its dotted path, type and input parsers. */
export interface ProcedureInfo {
  path: string;
  type: ProcedureType;
  inputs: unknown[];
  /** The procedure's `.meta()` (for example its `openapi` route). */
  meta: unknown;
}

interface ProcedureLike {
  _def: { procedure: true; type: ProcedureType; inputs?: unknown[]; meta?: unknown };
}

interface RouterLike {
  _def: { procedures?: Record<string, unknown>; record?: Record<string, unknown> };
}

function isProcedure(value: unknown): value is ProcedureLike {
  return (
    (typeof value === 'function' || (typeof value === 'object' && value !== null)) &&
    '_def' in value &&
    (value as { _def: { procedure?: unknown } })._def.procedure === true
  );
}

function walk(record: Record<string, unknown>, prefix: string, out: Map<string, ProcedureInfo>): void {
  for (const [key, value] of Object.entries(record)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isProcedure(value)) {
      out.set(path, { path, type: value._def.type, inputs: value._def.inputs ?? [], meta: value._def.meta });
    } else if (value !== null && typeof value === 'object') {
      const nested = (value as Partial<RouterLike>)._def?.record ?? (value as Record<string, unknown>);
      walk(nested, path, out);
    }
  }
}

/**
 * Every procedure of a tRPC v11 router, from its flat `_def.procedures` map and its nested
 * `_def.record` (both walked, so a procedure cannot hide in either), sorted by path.
 */
export function listProcedures(router: RouterLike): ProcedureInfo[] {
  const found = new Map<string, ProcedureInfo>();
  walk(router._def.procedures ?? {}, '', found);
  walk(router._def.record ?? {}, '', found);
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
}
