/**
 * Entity nouns the vocabulary does not list, read through WordNet: "outfits", "makers", "manufacturers" are
 * companies, "symposiums" and "meetings" events, "backers" sponsors, "personnel" people. The token's
 * normalised form is rewritten to the vocabulary word (its `raw` text stays the user's), so every later
 * recogniser reads it like the listed word.
 *
 * A synonym (same WordNet synset) may stand for any entity noun. A hypernym (a more general word) only for
 * the nouns of events, companies and their relations: "founders" is a kind of person, but reading it as
 * "people" would answer a broader question than was asked, so person roles are left for the parser to ask
 * about. The sense must be of the right kind of thing (see CATEGORIES).
 */
import {
  BUSINESS_PERSON_KINDS,
  COMPANY_NOUNS,
  ENTITY_WORDS,
  SERVING_ROLE_KINDS,
  TRADE_GROUP_KINDS,
  TRADE_HEAD_NOUNS,
  TRADE_PERSON_KINDS,
  TRADE_PERSON_STOPS,
} from '../../lexicon/entityWords';
import { JOB_FUNCTION_WORDS } from '../../lexicon/jobWords';
import { isVerb, nounLemma, relatedNouns, wordNet } from '../../text/language';
import { sameStem, type Token } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { matchTopic } from '../matchTopic';

type AnchorKind = 'events' | 'companies' | 'people' | 'relation';

interface Anchor {
  singular: string | null;
  plural: string | null;
  kind: AnchorKind;
  /** Generic event / company nouns and relation nouns: reachable through a hypernym, not only a synonym. */
  viaHypernym: boolean;
}

/**
 * WordNet categories (lexicographer files) a sense must be in to stand for each kind of noun: companies are
 * groups (14), events groups, acts or events (14, 4, 11), people and sponsors persons or groups (18, 14).
 * "shops" (a store: an artifact, 6) is then no "workshop".
 */
const CATEGORIES: Readonly<Record<AnchorKind, readonly number[]>> = {
  companies: [14],
  events: [14, 4, 11],
  people: [18, 14],
  relation: [18, 14],
};

/** Vocabulary nouns of one word, by lemma (built once). */
const ANCHORS: ReadonlyMap<string, Anchor> = (() => {
  const m = new Map<string, Anchor>();
  for (const e of ENTITY_WORDS) {
    if (e.phrase.includes(' ') || e.entity === 'participations') continue;
    const lemma = nounLemma(e.phrase);
    const kind: AnchorKind = e.relations !== undefined ? 'relation' : e.entity;
    const a = m.get(lemma) ?? { singular: null, plural: null, kind, viaHypernym: kind !== 'people' };
    if (lemma === e.phrase) a.singular = e.phrase;
    else a.plural = e.phrase;
    m.set(lemma, a);
  }
  return m;
})();

const RESULT_CACHE_LIMIT = 2048;
const results = new Map<string, string | null>();

/**
 * The vocabulary noun a word stands for, or null: its own lemma when listed ("conventions"), else the nearest
 * WordNet relative that is listed (ties go to the word's more frequent sense).
 * @param lowerCase the word was typed in lower case: a sense that is an acronym WordNet writes in capitals is skipped
 * @example entityWordFor('outfits') // 'organisations'
 */
export function entityWordFor(word: string, lowerCase = false): string | null {
  const key = `${word}|${lowerCase}`;
  const cached = results.get(key);
  if (cached !== undefined) return cached;
  const lemma = nounLemma(word);
  const plural = lemma !== word;
  const pick = (a: Anchor): string | null => (plural ? (a.plural ?? a.singular) : (a.singular ?? a.plural));
  let found: string | null = null;
  const own = ANCHORS.get(lemma);
  if (own) found = pick(own);
  else if (businessNoun(lemma)) found = plural ? 'companies' : 'company';
  else if (plural || !isVerb(word)) {
    for (const r of relatedNouns(word, 3, 1)) {
      // a word typed in lower case is no acronym WordNet writes in capitals ("deas" is not the DEA, an agency)
      if (lowerCase && r.acronymSense) continue;
      const a = ANCHORS.get(r.word);
      if (a && (r.distance === 0 || a.viaHypernym) && CATEGORIES[a.kind].includes(r.lexFile)) {
        found = pick(a);
        break;
      }
    }
  }
  results.set(key, found);
  if (results.size > RESULT_CACHE_LIMIT) {
    const oldest = results.keys().next().value;
    if (oldest !== undefined) results.delete(oldest);
  }
  return found;
}

/** WordNet's lexicographer file of nouns for people. */
const PERSON_FILE = 18;
/** How far up the hypernyms a business kind is looked for ("wholesaler" > distributor > supplier). */
const KIND_DEPTH = 3;

/**
 * True when the noun's most usual sense is a person dealing in goods or services (`BUSINESS_PERSON_KINDS`: "suppliers",
 * "vendors", "providers"): a business, so companies.
 */
function businessNoun(lemma: string): boolean {
  const wn = wordNet();
  const [first] = wn.senses(lemma, 'noun');
  if (first === undefined) return false;
  let sense = wn.synset(first, 'noun');
  if (sense.lexFile !== PERSON_FILE) return false;
  for (let k = 0; k <= KIND_DEPTH; k++) {
    if (sense.words.some((x) => BUSINESS_PERSON_KINDS.has(x))) return true;
    const up = sense.hypernyms[0];
    if (up === undefined) return false;
    sense = wn.synset(up, 'noun');
  }
  return false;
}

/**
 * Rewrites the unknown nouns of a question to the vocabulary nouns they stand for. `known` says which words
 * are already read (lexicon phrases, filler, database values): those are never rewritten, nor the tokens in
 * `keep` (words of a vocabulary phrase), nor names typed with a capital inside the sentence.
 */
export function rewriteEntitySynonyms(
  tokens: Token[],
  known: (word: string) => boolean,
  keep: ReadonlySet<number> = new Set(),
  lexiconWord: (word: string) => boolean = known,
  index: ValueIndex | null = null,
): void {
  const heads = new Set<number>();
  for (const t of tokens) {
    const w = t.norm;
    if (w.length < 4 || !/^[a-z]+$/.test(w) || keep.has(t.index)) continue;
    // "telecoms operators", "food makers and distributors": a noun of a business by its trade after a word naming an
    // industry is the head of that industry's companies, whatever else the noun names alone
    // (a word of the vocabulary keeps its reading: "the aviation industry")
    if (
      index &&
      !lexiconWord(w) &&
      !(t.index > 0 && /^[A-Z]/.test(t.raw)) &&
      tradeHeadAt(tokens, t.index, index, heads, lexiconWord)
    ) {
      heads.add(t.index);
      t.norm = nounLemma(w) === w ? 'company' : 'companies';
      continue;
    }
    if (known(w) && !(participantNoun(tokens, t.index) && !lexiconWord(w))) continue;
    if (t.index > 0 && /^[A-Z]/.test(t.raw)) continue;
    const canonical = entityWordFor(w, t.raw === t.raw.toLowerCase());
    if (canonical && canonical !== w) t.norm = canonical;
  }
}

/** Words after a noun of companies that make it the companies taking part in an event ("suppliers at X"). */
const PARTICIPATION_LEADS: ReadonlySet<string> = new Set([
  'at',
  'attending',
  'exhibiting',
  'sponsoring',
  'showing',
  'present',
  'presenting',
]);
/** Forms of "be" between such a noun and its verb of taking part. */
const COPULAS: ReadonlySet<string> = new Set(['are', 'were', 'r', 'is']);
/** Words that may stand before such a noun heading its phrase ("the", "which", "any"). */
const HEAD_LEADS: ReadonlySet<string> = new Set([
  'the',
  'any',
  'all',
  'which',
  'what',
  'who',
  'are',
  'list',
  'show',
  'find',
  'get',
  'me',
  'some',
  'those',
  'these',
  'of',
  'and',
  'or',
]);

/**
 * "suppliers at X", "providers exhibiting at X": a noun of a business by what it does for someone (WordNet's
 * supplier, `SERVING_ROLE_KINDS`) heading its phrase before a word of taking part is the companies taking part, not the
 * industries its word also names ("suppliers" was the Industrial Supplies industries, a narrower question). A word
 * before it that could modify it ("industrial suppliers") leaves it to the industries.
 */
function participantNoun(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.norm;
  if (prev !== undefined && !HEAD_LEADS.has(prev)) return false;
  // "providers are exhibiting at": a copula may stand between the noun and the verb
  const next = COPULAS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  if (!PARTICIPATION_LEADS.has(tokens[next]?.norm ?? '')) return false;
  return servingRole(nounLemma(tokens[k]?.norm ?? ''));
}

/** True when the noun's most usual sense is a business by what it does for someone (`SERVING_ROLE_KINDS`). */
function servingRole(lemma: string): boolean {
  const wn = wordNet();
  const [first] = wn.senses(lemma, 'noun');
  if (first === undefined) return false;
  const sense = wn.synset(first, 'noun');
  return sense.lexFile === PERSON_FILE && sense.words.some((x) => SERVING_ROLE_KINDS.has(x));
}

/** WordNet's lexicographer files of the senses a noun of a business by its trade is read in. */
const TRADE_FILES: Readonly<Record<number, ReadonlySet<string>>> = {
  14: TRADE_GROUP_KINDS,
  18: TRADE_PERSON_KINDS,
  6: new Set(['place of business']),
};
/** How many senses of the noun, and how far up their kinds, a business sense is looked for. */
const TRADE_SENSES = 5;
const TRADE_DEPTH = 4;
const tradeNouns = new Map<string, boolean>();

/**
 * True when one of the noun's usual senses is a business by its trade (`TRADE_GROUP_KINDS`, `TRADE_PERSON_KINDS`):
 * "operators" (a businessman), "makers" (a manufacturer), "dealers" (a firm), "shops" (a place of business).
 * @example tradeHeadNoun('operator') // true
 * @example tradeHeadNoun('manager') // false
 */
export function tradeHeadNoun(lemma: string): boolean {
  const hit = tradeNouns.get(lemma);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  let found = TRADE_HEAD_NOUNS.has(lemma);
  for (const offset of wn.senses(lemma, 'noun').slice(0, TRADE_SENSES)) {
    if (found) break;
    let sense = wn.synset(offset, 'noun');
    const kinds = TRADE_FILES[sense.lexFile];
    if (!kinds) continue;
    for (let d = 0; d <= TRADE_DEPTH; d++) {
      if (sense.words.some((x) => TRADE_PERSON_STOPS.has(x))) break;
      if (sense.words.some((x) => kinds.has(x))) {
        found = true;
        break;
      }
      const up = sense.hypernyms[0];
      if (up === undefined) break;
      sense = wn.synset(up, 'noun');
    }
  }
  tradeNouns.set(lemma, found);
  return found;
}

/** Words of a job function ("sales", "marketing"): before a noun of a person they name a role, not a trade. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(JOB_FUNCTION_WORDS.map((f) => f.phrase));
/** Words joining two nouns of one trade ("operators and suppliers"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&', '/', ',', 'n']);

/**
 * True when token k is a noun of a business by its trade heading "companies of an industry": right after a word
 * naming an industry of the data ("telecoms operators", "aviation firms"), or joined to such a head ("telecoms
 * operators and suppliers"). Not when the two words are one industry's own ("industrial suppliers": Industrial
 * Supplies), nor a person's noun after a job function ("sales agents").
 */
function tradeHeadAt(
  tokens: readonly Token[],
  k: number,
  index: ValueIndex,
  heads: ReadonlySet<number>,
  lexiconWord: (word: string) => boolean,
): boolean {
  const word = tokens[k]?.norm ?? '';
  const lemma = nounLemma(word);
  // a word of the data's industry names as typed ("services": "Building Services", "Financial Services") is a word of
  // the industry's phrase, not its companies' head
  if (COMPANY_WORDS.has(word) || industryWords(index).has(word)) return false;
  if (JOINERS.has(tokens[k - 1]?.norm ?? ''))
    return (
      (heads.has(k - 2) ||
        (COMPANY_NOUNS.has(tokens[k - 2]?.norm ?? '') &&
          !lexiconWord(tokens[k - 3]?.norm ?? '') &&
          tradeWord(tokens[k - 3]?.norm, index))) &&
      tradeHeadNoun(lemma)
    );
  const prev = tokens[k - 1]?.norm ?? '';
  // a word the vocabulary reads otherwise ("other", "new") is no trade, though an industry's name holds it
  if (lexiconWord(prev) || !tradeWord(prev, index) || !tradeHeadNoun(lemma)) return false;
  return !index.industries.some(
    (ind) => ind.tokens.some((x) => sameStem(prev, x)) && ind.tokens.some((x) => sameStem(word, x)),
  );
}

/** True when the word names an industry of the data and no job function ("telecoms", "aviation"; not "sales"). */
function tradeWord(word: string | undefined, index: ValueIndex): boolean {
  if (word === undefined || !/^[a-z]{3,}$/.test(word) || FUNCTION_WORDS.has(word)) return false;
  return matchTopic([word], index).industries.length > 0;
}

const industryWordSets = new WeakMap<ValueIndex, ReadonlySet<string>>();
/** The words of the data's industry names, lower case, as written (built once per index). */
function industryWords(index: ValueIndex): ReadonlySet<string> {
  let words = industryWordSets.get(index);
  if (!words) {
    words = new Set(index.industries.flatMap((ind) => ind.tokens));
    industryWordSets.set(index, words);
  }
  return words;
}

/** The vocabulary's own nouns of companies: read already, never rewritten. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(
  ENTITY_WORDS.filter((e) => e.entity === 'companies' && !e.phrase.includes(' ')).map((e) => e.phrase),
);
