/**
 * "cos that r sponsoring stuff in 2025", "who is exhibiting at anything next month": an indefinite object after a
 * relation verb stands for the events the relation is to. The token's normalised form becomes "events" (its raw
 * text stays the user's), as `entitySynonyms` does for unlisted nouns, so the verb keeps its relation and a time
 * window that follows applies to the events. Elsewhere the words are left alone.
 */
import type { Token } from '../../text/tokenize';
import { LEXICON } from '../lexiconTable';

const INDEFINITE_OBJECTS: ReadonlySet<string> = new Set(['stuff', 'things', 'anything', 'something', 'everything']);

function relationVerb(word: string): boolean {
  return LEXICON.get(word)?.some((r) => r.t === 'relation') ?? false;
}

export function rewriteIndefiniteObjects(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !INDEFINITE_OBJECTS.has(t.norm)) continue;
    const before = tokens[i - 1]?.norm ?? '';
    const verbAt = ['at', 'in', 'to'].includes(before) ? i - 2 : i - 1;
    if (relationVerb(tokens[verbAt]?.norm ?? '')) t.norm = 'events';
  }
}
