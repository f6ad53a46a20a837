/**
 * A vocabulary word typed in the plural where the lexicon lists the singular: "people by seniorities" for
 * "seniority", "SDRs" for "sdr" (the singular typed for a listed plural is left to the readers that know it). A word and its own inflection are one word, so the parser reads the
 * form its vocabulary lists instead of asking which of the two was meant.
 */
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';
import { nounLemma, verbLemma } from '../../text/language';
import type { Token } from '../../text/tokenize';
import { AUXILIARY_VERBS } from '../../lexicon/auxiliaryWords';
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import { OBJECT_OPENERS, SPEAKER_OBJECT_WORDS } from '../../lexicon/discourseWords';

/** The singular of a plural word that the lexicon lists, or null (none listed, or the word is listed itself). */
export function listedInflection(word: string): string | null {
  if (LEXICON.has(word) || word.length < 4 || !/^[a-z]+$/.test(word)) return null;
  const singular = nounLemma(word);
  // a regular plural of a word the lemmatizer does not know ("sdrs", "bdrs")
  const regular = /[^s]s$/.test(word) ? [word.slice(0, -1)] : [];
  const forms = [singular !== word ? singular : null, ...regular].filter((f): f is string => f !== null);
  return forms.find((f) => LEXICON.has(f)) ?? null;
}

/**
 * Rewrites, in place (`norm`; `raw` stays as typed), each word no reader knows whose other number the lexicon
 * lists. `known` says which words some reader takes as they are (names, filler): those are left alone.
 */
export function readInflectedVocabulary(tokens: Token[], known: (word: string) => boolean): void {
  for (const t of tokens) {
    if (known(t.norm)) continue;
    const form = listedInflection(t.norm);
    if (form !== null) t.norm = form;
  }
}

/**
 * Rewrites, in place, the last word of a phrase the lexicon lists in the singular and that is typed in the plural
 * ("seniority levels" for "seniority level", "job titles" where only "job title" is listed): the phrase's words are
 * each vocabulary words of their own ("levels" is also a dimension alone), so the single-word rewrite leaves them,
 * and read one by one the plural head would be read apart from its phrase (as a theme: WordNet's "levels" are
 * "degrees"). A plural phrase the lexicon lists itself is left as typed.
 */
export function readInflectedPhrases(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++)
    for (let len = Math.min(MAX_LEXICON_SPAN, tokens.length - i); len >= 2; len--) {
      const words = tokens.slice(i, i + len).map((t) => t.norm);
      const last = tokens[i + len - 1];
      if (!last || LEXICON.has(words.join(' ')) || !/^[a-z]{4,}$/.test(last.norm)) continue;
      const singular = nounLemma(last.norm);
      if (singular === last.norm || !LEXICON.has([...words.slice(0, -1), singular].join(' '))) continue;
      last.norm = singular;
      i += len - 1;
      break;
    }
}

/** Determiners after which the head of their phrase is a noun ("a furniture show", "any trade show"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'any', 'each', 'every']);
/** Words right before a word that make it a verb whatever came earlier ("a way to show", "a bot that can show"). */
const VERB_LEADS: ReadonlySet<string> = new Set([
  ...AUXILIARY_VERBS,
  'to',
  'please',
  'pls',
  'i',
  'we',
  'you',
  'u',
  'they',
  'that',
  'who',
  'which',
]);
/** How far back the determiner of the noun may stand (its modifiers between: "a furniture or home interiors show"). */
const DETERMINER_REACH = 5;
/** Words joining a clause to the one before ("be a star and show ...", "... then show ..."). */
const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'then', '&']);
/** Words that open the object of a verb and never follow the head noun of a phrase ("show THE partners", "show ME"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set([...OBJECT_OPENERS, ...SPEAKER_OBJECT_WORDS]);

/**
 * "a furniture show", "a food show this autumn": an event noun the lexicon lists only in the plural
 * ("shows": its singular is also the verb of "show me ...") typed in the singular as the head of a phrase opened by
 * an article is that noun (a determiner's phrase is headed by a noun, never a verb), rewritten in place to the listed
 * plural. Left as typed, the theme before it had no noun and was asked back ("furniture"). A participle after the
 * phrase's noun heads nothing ("any aviation stuff happening": "stuff" is the head).
 */
export function readDeterminedNouns(tokens: Token[]): void {
  for (const t of tokens) {
    const plural = `${t.norm}s`;
    if (EVENT_NOUNS.has(t.norm) || !EVENT_NOUNS.has(plural)) continue;
    const before = tokens.slice(Math.max(0, t.index - DETERMINER_REACH), t.index).map((x) => x.norm);
    if (VERB_LEADS.has(before[before.length - 1] ?? '')) continue;
    const at = before.findLastIndex((x) => NOUN_DETERMINERS.has(x));
    if (at < 0 || before.slice(at + 1).some((x) => VERB_LEADS.has(x))) continue;
    // "do me a favour and show the partners": after a coordinator, a word taking an object opens a clause of its
    // own; the determiner's phrase ended before the coordinator
    const next = tokens[t.index + 1]?.norm ?? '';
    if (CLAUSE_COORDINATORS.has(before[before.length - 1] ?? '') && OBJECT_STARTS.has(next)) continue;
    // an inflected verb form after the phrase's words is a participle of a reduced clause ("any space stuff
    // happening in 2025": the stuff that is happening); such a form is the noun only right after the determiner ("a
    // happening")
    if (verbLemma(t.norm) !== t.norm && at !== before.length - 1) continue;
    t.norm = plural;
  }
}
