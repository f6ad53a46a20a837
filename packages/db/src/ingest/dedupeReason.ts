import type { UpsertOutcome } from './Upserter';

/** Words for an issue saying why a row was merged into an earlier one. */
export function dedupeReason(what: string, outcome: Exclude<UpsertOutcome, { kind: 'inserted' }>): string {
  const where = outcome.firstLine === null ? 'an earlier row' : `line ${outcome.firstLine}`;
  if (outcome.exactOf !== null) return `exact duplicate of line ${outcome.exactOf}`;
  const parts = [`same ${what} as ${where}`];
  if (outcome.filled.length > 0) parts.push(`filled ${outcome.filled.join(', ')}`);
  if (outcome.conflicts.length > 0) parts.push(`kept ${where}'s ${outcome.conflicts.join(', ')}`);
  if (outcome.filled.length === 0 && outcome.conflicts.length === 0) parts.push('nothing new');
  return parts.join('; ');
}
