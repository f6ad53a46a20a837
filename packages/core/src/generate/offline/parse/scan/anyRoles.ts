/**
 * "companies involved in X in any role", "attending in any capacity": a role noun after "any" says that every
 * relation counts, which a verb of taking part in any relation already says: the words are read, adding nothing.
 * After a verb of one relation ("sponsoring X in any role") they would contradict it, so they are left unread and
 * asked about. Without this "role" was asked back on a question that was answerable as it stood (blind29 c008).
 */
import { RELATION_ROLE_NOUNS } from '../../lexicon/relationWords';
import type { ScanState } from './ScanState';

/** "in any role", "in whatever capacity", "under any role". */
const LEADS: ReadonlySet<string> = new Set(['in', 'under', 'at']);
const ANY: ReadonlySet<string> = new Set(['any', 'whatever', 'every', 'all']);

export function readAnyRoles(s: ScanState): void {
  const { w, claimed, mentions } = s;
  for (let i = 0; i + 2 < w.length; i++) {
    if (!LEADS.has(w[i] ?? '') || !ANY.has(w[i + 1] ?? '') || !RELATION_ROLE_NOUNS.has(w[i + 2] ?? '')) continue;
    // the words may be read as a preposition and a quantifier already, never as anything with content
    const inside = mentions.filter((m) => m.start < i + 3 && m.end > i);
    if (inside.some((m) => m.t !== 'prep' && m.t !== 'both') || claimed[i + 2]) continue;
    const verb = mentions.filter((m) => m.t === 'relation' && m.end <= i).at(-1);
    if (verb?.t !== 'relation' || verb.relations.length > 0) continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    for (let k = i; k < i + 3; k++) claimed[k] = true;
    i += 2;
  }
}
