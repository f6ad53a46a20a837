import type { Token } from '../text/tokenize';

/** Finite verbs that agree with a singular subject ("which of those HAS the most sponsors"). */
const SINGULAR_VERBS: ReadonlySet<string> = new Set(['has', 'is', 'was', 'does', 'hosts', 'gets', 'holds', 'employs']);
/** Their plural forms ("which of them HAVE the most employees"). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were', 'do', 'host', 'get', 'hold', 'employ']);
/** The interrogative subject of a ranking question. */
const INTERROGATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom']);
/** How far after the interrogative its verb is looked for ("which of the events in Singapore in 2024 has ..."). */
const VERB_REACH = 10;

/**
 * The number the question asks for, from the agreement of the interrogative's verb: "which of the events in
 * Singapore has the most sponsors" asks for one event (ties kept) though its noun is plural, "which of them have
 * the most employees" for several. Null when no interrogative is followed by an agreeing verb.
 */
export function verbAsksOne(tokens: readonly Token[]): boolean | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!INTERROGATIVES.has(tokens[i]?.norm ?? '')) continue;
    for (let j = i + 1; j < tokens.length && j <= i + VERB_REACH; j++) {
      const w = tokens[j]?.norm ?? '';
      if (SINGULAR_VERBS.has(w)) return true;
      if (PLURAL_VERBS.has(w)) return false;
    }
  }
  return null;
}
