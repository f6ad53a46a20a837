import type { TableDescription } from '../schema/TableDescription';

/**
 * Adds the tables a chosen table references (a link table such as `participations` brings
 * `events` and `companies`) and the tables on the shortest foreign-key path between every pair
 * of chosen tables, so the generator can join them. Keeps the order of `all`.
 */
export function addJoinTables(all: readonly TableDescription[], chosen: readonly string[]): TableDescription[] {
  const edges = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)!.add(b);
  };
  for (const table of all) {
    for (const fk of table.foreignKeys) {
      link(table.name, fk.references.table);
      link(fk.references.table, table.name);
    }
  }
  const picked = new Set(chosen);
  for (const name of chosen) {
    for (const fk of all.find((t) => t.name === name)?.foreignKeys ?? []) picked.add(fk.references.table);
  }
  const list = [...picked];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const path = shortestPath(edges, list[i]!, list[j]!);
      for (const name of path) picked.add(name);
    }
  }
  return all.filter((t) => picked.has(t.name));
}

function shortestPath(edges: Map<string, Set<string>>, from: string, to: string): string[] {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const node = queue.shift()!;
    if (node === to) break;
    for (const next of edges.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  if (!previous.has(to)) return [];
  const path: string[] = [];
  for (let node: string | null = to; node !== null; node = previous.get(node) ?? null) path.push(node);
  return path;
}
