import type { EntityKind } from '../ir/Request';

/**
 * Whether an average of linked rows ("average number of companies per event", "events per company") is taken one
 * target per name with each counted row once by name (`compileRequest.ts` averagedCount, `identity.ts`): events over
 * their companies or people, companies over their events. Null when the plain per-row count is the convention.
 * Shared with the description, so the words say what the SQL counts.
 */
export function averagedOnce(target: EntityKind, measure: EntityKind): 'byName' | null {
  if (target === 'events' && (measure === 'companies' || measure === 'people')) return 'byName';
  if (target === 'companies' && measure === 'events') return 'byName';
  return null;
}
