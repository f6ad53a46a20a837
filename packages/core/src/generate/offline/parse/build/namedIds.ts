import type { Node } from '../../ir/Request';

/** Replaces the first named-value condition of a kind in a tree; false when there is none. */
export function replaceIds(node: Node, entity: 'events' | 'companies', ids: number[], names: string[]): boolean {
  for (const c of node.conds) {
    if (c.kind === 'ids' && c.entity === entity) {
      c.ids = [...ids];
      c.names = [...names];
      return true;
    }
  }
  return node.conds.some((c) => c.kind === 'link' && replaceIds(c.node, entity, ids, names));
}

/** The ids named in a tree's nodes of a kind. */
export function collectIds(node: Node, entity: 'events' | 'companies'): number[] {
  const out: number[] = [];
  if (node.entity === entity) for (const c of node.conds) if (c.kind === 'ids') out.push(...c.ids);
  for (const c of node.conds) if (c.kind === 'link') out.push(...collectIds(c.node, entity));
  return out;
}
