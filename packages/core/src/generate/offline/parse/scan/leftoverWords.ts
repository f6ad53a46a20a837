/**
 * The words no recogniser read: numbers become `number` mentions; a plural of an industry is companies of it;
 * words after "in" that match a theme are a topic; filler, adverbs of emphasis and words about the conversation
 * (`discourse`) are not content; every other word is reported in `ignored` (so the question is asked back, never answered broader).
 */
import { CONJUNCTION_INTENSIFIERS, FILLER_WORDS, SUBORDINATORS } from '../../lexicon/fillerWords';
import { ASPECT_ADVERBS } from '../../lexicon/timeWords';
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import {
  isEmphasisAdjective,
  isEmphasisAdverb,
  isEmphasisAdverbSlip,
  isExtentAdjective,
} from '../../text/emphasisAdverbs';
import { hedgeAdverbAt } from './hedgeAdverbs';
import { industriesInOwnWords, industriesOfBusinessNoun, matchTopic } from '../matchTopic';
import { sameStem } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { EXCLUSION_MARKERS, RESTRICTIVE_VERBS } from '../../lexicon/exclusionWords';
import type { Mention, MentionBody } from '../Mention';
import { claim as claimTokens, type ScanState } from './ScanState';

const DATE_CONDS: ReadonlySet<string> = new Set(['startBetween', 'endBetween', 'past', 'ongoing']);
const isDate = (m: Mention): boolean => m.t === 'cond' && DATE_CONDS.has(m.cond.kind);

/** Words that end a clause after them. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['', 'and', 'but', 'or', 'please', 'pls']);

/** True when the word at i ends its clause right after an events noun, or a copula after one ("events already"). */
function danglingAfterEvents(w: readonly string[], i: number): boolean {
  if (!CLAUSE_ENDS.has(w[i + 1] ?? '')) return false;
  const before = w[i - 1] ?? '';
  if (EVENT_NOUNS.has(before)) return true;
  // "events are already", "events that are still"
  if (!['are', 'is'].includes(before)) return false;
  const noun = ['that', 'which'].includes(w[i - 2] ?? '') ? i - 3 : i - 2;
  return EVENT_NOUNS.has(w[noun] ?? '');
}

/** Industry names longer than this (content words) are named by a word of them only at their ends. */
const SHORT_INDUSTRY = 3;

/**
 * True when the plural names an industry of the data in its own words as that industry's head: a short name
 * ("banks": Banking) or a word at an end of a longer one. A generic noun inside a long name ("groups" in "Wellness
 * Regulations For Group Health Plans") names no industry: "hotel groups" are no such companies.
 */
function headsAnIndustry(word: string, index: ValueIndex): boolean {
  return industriesInOwnWords(word, index).some((name) => {
    const words = (index.industries.find((i) => i.name === name)?.tokens ?? []).filter((x) => !FILLER_WORDS.has(x));
    const at = words.findIndex((x) => sameStem(word, x));
    return at < 0 || words.length <= SHORT_INDUSTRY || at === 0 || at === words.length - 1;
  });
}

/** @param discourse the positions of words about the conversation, not the data. */
export function readLeftoverWords(
  s: ScanState,
  discourse: readonly boolean[],
): { ignored: string[]; ignoredAt: number[] } {
  const { w, tokens, index, claimed, mentions } = s;
  const n = w.length;
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(s, a, b, body);
  const ignored: string[] = [];
  const ignoredAt: number[] = [];
  /** Adjectives of emphasis whose next word is not read yet. */
  const stressing: number[] = [];
  for (let i = 0; i < n; i++) {
    if (claimed[i]) continue;
    const word = w[i] ?? '';
    // a number inside a social clause ("quick one", "before my 10am") counts nothing
    if (/^\d+$/.test(word) && !discourse[i]) {
      claim(i, i + 1, { t: 'number', value: Number(word) });
      continue;
    }
    // "events already", "which events are still?": an adverb of aspect ending the clause after an events noun or a
    // copula stands for a state nobody said; asked about, never dropped as filler
    if (ASPECT_ADVERBS.has(word) && danglingAfterEvents(w, i)) {
      ignored.push(tokens[i]?.raw ?? word);
      ignoredAt.push(i);
      continue;
    }
    // "counting from today", "considering from March on": a verb of taking into account before a date is the
    // date's own restriction (the window that follows holds it), no word left unread
    if (RESTRICTIVE_VERBS.includes(word) && mentions.some((m) => m.start === i + 1 && isDate(m))) continue;
    // "even though", "even if": the adverb is part of the conjunction after it
    if (CONJUNCTION_INTENSIFIERS.has(word) && SUBORDINATORS.has(w[i + 1] ?? '')) continue;
    // an adverb of emphasis ("actually", "truly") stresses the question without narrowing it, also typed with a slip
    // that keeps its letters ("acutally")
    if (FILLER_WORDS.has(word) || isEmphasisAdverb(word) || word === '$' || discourse[i] || isEmphasisAdverbSlip(word))
      continue;
    // an adjective of emphasis ("actual", "genuine", "real") right before a word read stresses it, no condition
    // (the word after may be read further on in this loop: decided once it is)
    if (isEmphasisAdjective(word) && !claimed[i + 1] && i + 1 < n) {
      stressing.push(i);
      continue;
    }
    if (isEmphasisAdjective(word) && mentions.some((m) => m.start === i + 1)) continue;
    // "super large", "preferably based in Seoul", "physically in Lima": a hedge or intensifier of the condition
    if (hedgeAdverbAt(s, i)) continue;
    // an adjective of breadth right before a theme read ("the wider built environment") takes the theme whole
    if (isExtentAdjective(word) && mentions.some((m) => m.start === i + 1 && m.t === 'topic')) continue;
    // a plural of an industry's own word ("banks", "hotels"): companies of it; a sense WordNet gives the word is too
    // loose to make a set of companies of a word the question may use otherwise ("levels"), except its compound of a
    // company noun ("insurers": "insurance company")
    if (
      word.length > 4 &&
      word.endsWith('s') &&
      (headsAnIndustry(word, index) || industriesOfBusinessNoun(word, index).length > 0)
    ) {
      claim(i, i + 1, { t: 'topic', words: [word] });
      mentions.push({
        start: i,
        end: i + 1,
        text: tokens[i]?.raw ?? word,
        t: 'entity',
        entity: 'companies',
        relations: null,
      });
      continue;
    }
    // ... and after a preposition of being outside ("outside hospitality", "not in the hospitality sector"), whose
    // negation the theme then carries (`build/handlers/theme.ts`)
    const opener = w[i - 1] === 'the' ? i - 1 : i;
    const outside = mentions.some((m) => m.t === 'prep' && m.p === 'outside' && m.end === opener);
    // ... and after a marker of exclusion ("..., leave out government", "excluding tech"): the part left out
    // (`parse/exclusions.ts` reads it as rows of the asked kind)
    const excluded = mentions.some(
      (m) => m.t === 'neg' && m.end === opener && EXCLUSION_MARKERS.has(m.text.toLowerCase().replace(/\s+/g, ' ')),
    );
    if (w[i - 1] === 'in' || (w[i - 1] === 'the' && w[i - 2] === 'in') || outside || excluded) {
      let b = i;
      while (b < n && !claimed[b] && !FILLER_WORDS.has(w[b] ?? '') && b - i < 4) b++;
      const words = w.slice(i, b);
      if (matchTopic(words, index).any) {
        claim(i, b, { t: 'topic', words });
        i = b - 1;
        continue;
      }
    }
    ignored.push(tokens[i]?.raw ?? word);
    ignoredAt.push(i);
  }
  for (const i of stressing) {
    if (mentions.some((m) => m.start === i + 1)) continue;
    const at = ignoredAt.findIndex((k) => k > i);
    const j = at < 0 ? ignoredAt.length : at;
    ignored.splice(j, 0, tokens[i]?.raw ?? w[i] ?? '');
    ignoredAt.splice(j, 0, i);
  }
  return { ignored, ignoredAt };
}
