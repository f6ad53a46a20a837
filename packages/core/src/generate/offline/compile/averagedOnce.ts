import type { EntityKind } from '../ir/Request';

/**
 * Which side of an average of linked rows is taken once by name (`compileRequest.ts` averagedCount): `target` when the
 * averaged-over events are grouped by name, `measure` when only the counted events are; null when the plain per-row
 * count is the convention. Shared with the description, so the words say what the SQL counts.
 */
export function averagedOnce(target: EntityKind, measure: EntityKind): 'target' | 'measure' | null {
  if (target === 'events' && (measure === 'companies' || measure === 'people')) return 'target';
  if (target === 'companies' && measure === 'events') return 'measure';
  return null;
}
