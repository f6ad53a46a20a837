/**
 * Builders of the expected requests of the robustness corpus. Every corpus pair's expectation is written with
 * these functions only, so a change to the IR (`ir/Request.ts`) is absorbed here, in one file.
 * Labels are informative only: equivalence is judged on the rows the compiled request returns.
 */
import type { Cond, EntityKind, JobFunction, Node, NumericColumn, Relation, Request, Seniority } from '../ir/Request';

export function node(entity: EntityKind, ...conds: Cond[]): Node {
  return { entity, conds };
}

export function list(target: Node): Request {
  return { version: 1, target, shape: { kind: 'list' }, attributes: [], ignored: [] };
}

export function count(target: Node): Request {
  return { version: 1, target, shape: { kind: 'count' }, attributes: [], ignored: [] };
}

export function eventIs(id: number, name: string): Cond {
  return { kind: 'ids', entity: 'events', ids: [id], names: [name] };
}

export function companyIs(id: number, name: string): Cond {
  return { kind: 'ids', entity: 'companies', ids: [id], names: [name] };
}

export function country(name: string): Cond {
  return { kind: 'country', values: [name], negate: false, label: name };
}

export function city(name: string): Cond {
  return { kind: 'city', values: [name], negate: false };
}

/** Start date within [from, to] (either end open when null). */
export function startBetween(from: string | null, to: string | null): Cond {
  return { kind: 'startBetween', from, to, label: `${from ?? '…'}..${to ?? '…'}` };
}

export function tag(id: string, label: string): Cond {
  return { kind: 'tag', tags: [id], label, negate: false };
}

export function industry(name: string): Cond {
  return { kind: 'industry', industries: [name], words: [], label: name, negate: false };
}

/** One job function, or a union of them ("sales and marketing people"). */
export function jobFunction(...values: JobFunction[]): Cond {
  return { kind: 'jobFunction', values, negate: false };
}

/** One seniority, or a range of them ("VP and above": C-level or VP). */
export function seniority(...values: Seniority[]): Cond {
  return { kind: 'seniority', values, negate: false };
}

export function compare(column: NumericColumn, op: '>' | '<', value: number): Cond {
  return { kind: 'compare', column, op, value, label: `${column} ${op} ${value}` };
}

/** A link to another node: `relations` empty means any relation ("attending", "working at"). */
export function linkTo(target: Node, relations: readonly Relation[] = []): Cond {
  return { kind: 'link', relations: [...relations], negate: false, node: target };
}
