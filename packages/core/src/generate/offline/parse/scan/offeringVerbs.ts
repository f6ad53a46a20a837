/**
 * A verb of making or selling said of companies ("companies that make software", "sponsors producing food", "how
 * many companies sell chemicals"): its object is what the companies bring to market, which the data holds as their
 * industry. Read before the themes and the lexicon, so that the object's words are no job function ("products" is
 * the Product function only as people's work) and the verb is no filler:
 *
 * - an object some industry names ("software", "marketing services") is a theme of the companies: their industry;
 * - an object that is only a noun of any output ("products", "services", "stuff": `lexicon/offeringWords.ts`) says
 *   nothing the data can tell apart: asked about (an `unclear` mention naming the verb and its object);
 * - an industry already read right after the verb (the data's own name: "offer marketing services") is its object;
 * - any other object is left to the other readers (a name, a theme, or words reported unread).
 *
 * The verb class is WordNet's (`lexicon/verbClassWords.ts` `offer`); the subject is a noun of companies right before
 * it, or before "that / which / who".
 */
import { MONEY_NOUNS } from '../../lexicon/attributeWords';
import { RELATIVE_PRONOUNS } from '../../lexicon/discourseWords';
import { GENERIC_OUTPUT_NOUNS, OBJECT_DETERMINERS } from '../../lexicon/offeringWords';
import { nounLemma } from '../../text/language';
import { verbClassAt } from '../../text/verbClasses';
import { LEXICON } from '../lexiconTable';
import { matchTopic } from '../matchTopic';
import { claim, isFree, type ScanState, spanText } from './ScanState';

/** The longest object read after the verb, in words. */
const MAX_OBJECT = 4;

/** True when the word is a noun of companies ("companies", "firms", "sponsors", "vendors"). */
function companiesNoun(word: string): boolean {
  return LEXICON.get(word)?.some((r) => r.t === 'entity' && r.entity === 'companies') ?? false;
}

/** True when a companies noun is the verb's subject: right before it, or before a relative pronoun before it. */
function saidOfCompanies(s: ScanState, verb: number): boolean {
  const before = s.w[verb - 1] ?? '';
  if (companiesNoun(before)) return true;
  return RELATIVE_PRONOUNS.has(before) && companiesNoun(s.w[verb - 2] ?? '');
}

/**
 * A word that may be part of what is made: unread, a plain word, and none the lexicon reads as the clause's grammar
 * (a preposition, a relation, an entity noun, a pronoun); a job function's word may ("marketing services").
 */
function objectWord(s: ScanState, k: number): boolean {
  const word = s.w[k] ?? '';
  if (!isFree(s, k, k + 1) || !/^[a-z][a-z&-]*$/.test(word)) return false;
  const readings = LEXICON.get(word) ?? [];
  return readings.every((r) => r.t === 'function' || r.t === 'and' || r.t === 'or');
}

export function readOfferingVerbs(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    if (!isFree(s, i, i + 1) || !saidOfCompanies(s, i)) continue;
    const verb = verbClassAt(w.slice(i, i + 2));
    if (verb?.cls !== 'offer') continue;
    // the lexicon's own verbs of taking part ("organise", "present", "host") keep their reading
    if (LEXICON.get(w[i] ?? '')?.some((r) => r.t === 'relation')) continue;
    // an industry already read right after the verb ("offer marketing services": the data's own industry name) is
    // its object: the verb is read with it
    let at = i + verb.length;
    while (OBJECT_DETERMINERS.has(w[at] ?? '') && isFree(s, at, at + 1)) at++;
    const read = s.mentions.find((m) => m.start === at && m.t === 'topic');
    if (read && isFree(s, i, at)) {
      for (let k = i; k < at; k++) s.claimed[k] = true;
      read.start = i;
      read.text = spanText(s.tokens, i, read.end);
      continue;
    }
    let end = i + verb.length;
    while (end < w.length && end - (i + verb.length) < MAX_OBJECT && objectWord(s, end)) end++;
    // a joining word closes no object ("software and ...": the "and" is the next clause's)
    while (end > i + verb.length && ['and', 'or'].includes(w[end - 1] ?? '')) end--;
    const object = w.slice(i + verb.length, end).filter((x) => !OBJECT_DETERMINERS.has(x));
    const content = object.filter((x) => x !== 'and' && x !== 'or');
    if (content.length === 0 || content.some((x) => MONEY_NOUNS.has(x))) continue;
    const specific = object.filter((x) => !GENERIC_OUTPUT_NOUNS.has(nounLemma(x)));
    if (specific.every((x) => x === 'and' || x === 'or')) {
      claim(s, i, end, {
        t: 'unclear',
        about: 'word',
        why: 'what companies make or sell is held only as their industry, which these words do not name',
        options: [],
        // no reading to offer, but the reason is said (the clarification shows `why` for parts with choices)
        choices: [],
      });
      continue;
    }
    if (matchTopic(specific, s.index).industries.length === 0) continue;
    claim(s, i, end, { t: 'topic', words: specific });
  }
}
