/**
 * "<event> partners with 2-10 staff", "<event> hosts with offices in France": a relation word that is both a
 * noun and a verb ("partners", "sponsors", "hosts"), right after an event's name and before "with", names the
 * companies in that relation when what follows "with" is not a name (a size, a place, a quantity): the
 * question asks for the partners, not for the event. "X partners with Acme" (a company named after "with")
 * keeps the verb reading, left to the lexicon.
 */
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

/** The plural relation nouns that are also verbs of the third person ("the event partners with ..."). */
const PLURAL_VERB_NOUNS: ReadonlySet<string> = new Set(['partners', 'sponsors', 'hosts']);
const NAME_KINDS: ReadonlySet<string> = new Set(['company', 'person', 'event']);
/** Places typed beside an event's name ("cyber sec summit sg partners with ..."): part of the name (step 18). */
const BESIDE_NAME_PLACES: ReadonlySet<string> = new Set(['country', 'city', 'state']);

/**
 * Runs twice: before the lexicon (the words still free) and after the loose names ("cyber security sumit partners
 * with ..."), where the lexicon has read "partners with" as the verb meanwhile: that verb reading, right after the
 * event's name, gives way to the noun and "with" the same way.
 */
export function readRelationNounAfterEvent(s: ScanState): void {
  const { w, mentions } = s;
  for (const m of [...mentions]) {
    if (m.t !== 'event') continue;
    // a place typed right after the name is a part of it (`eventNameParts` joins them later): the noun follows it
    const beside = mentions.find((x) => x.start === m.end && BESIDE_NAME_PLACES.has(x.t));
    const at = beside?.end ?? m.end;
    const word = w[at] ?? '';
    if (!PLURAL_VERB_NOUNS.has(word)) continue;
    const noun = LEXICON.get(word)?.find((r) => r.t === 'entity' && r.entity === 'companies' && r.relations !== null);
    if (!noun) continue;
    if (w[at + 1] !== 'with') {
      // "how many AHICE sponsors?", "# of AHICE sponsors are there": an event takes no object as a sponsor does, so
      // with no name after it the word is the noun of the event's companies (read as the verb, the events were
      // counted); "AHICE sponsors Acme" (a name after it) keeps the verb
      const verbAlone = mentions.find((x) => x.t === 'relation' && x.start === at && x.end === at + 1);
      const next = mentions.find((x) => x.start === at + 1);
      if ((!verbAlone && !isFree(s, at, at + 1)) || (next && NAME_KINDS.has(next.t))) continue;
      if (verbAlone) {
        mentions.splice(mentions.indexOf(verbAlone), 1);
        s.claimed[at] = false;
      }
      claim(s, at, at + 1, noun);
      continue;
    }
    const verb = mentions.find((x) => x.t === 'relation' && x.start === at && x.end === at + 2);
    if (!verb && !isFree(s, at, at + 1)) continue;
    // a name right after "with" keeps the verb reading ("partners with Acme")
    const after = mentions.find((x) => x.start === at + 2);
    if (after && NAME_KINDS.has(after.t)) continue;
    const withPrep = LEXICON.get('with')?.find((r) => r.t === 'prep');
    if (verb) {
      if (!withPrep) continue;
      mentions.splice(mentions.indexOf(verb), 1);
      s.claimed[at] = false;
      s.claimed[at + 1] = false;
      claim(s, at + 1, at + 2, withPrep);
    }
    claim(s, at, at + 1, noun);
  }
}
