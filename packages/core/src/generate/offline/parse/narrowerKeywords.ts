/**
 * A theme word the tagger tags events by is not always a name of the tag it feeds. "payments", "trading", "hotels",
 * "software" or "sake" are keywords of Finance & Banking, Hospitality & Travel, Technology and Food & Beverage: read
 * as the whole tag, "payments events" listed the accounting show and the insurance awards too, a broader question
 * than the one asked. A keyword names its tag whole only when it says one of the tag's label words: the same word or
 * stem ("banking", "foods"), the word of which it is a form ("pharmaceutical": pharma, "health": healthcare, "medicine":
 * medical, "educators": education), a phrase holding one ("big data", "public sector"), or the words an acronym label
 * spells ("human resources": HR, "artificial intelligence": AI) or an acronym of words holding one ("IT": information
 * technology). Any other keyword is narrower than its tag: the events whose name or description say it, in its forms
 * and those of the tag's other keywords of the same stem ("trading": trading or traders).
 */
import { EVENT_TAGS } from '@musaeid/db';
import { acronymExpansions } from '../text/acronymExpansions';
import { relatedNouns } from '../text/language';
import { sameStem, singular, stem } from '../text/tokenize';
import type { TagEntry } from '../values/ValueIndex';

/** The shortest common start of two words that makes one a form of the other ("medic" of medicine / medical). */
const MIN_SHARED_START = 5;
/** The shortest word of a tag's label that a keyword may be the start of, or start with ("cyber", "pharma"). */
const MIN_PREFIX = 4;

/** Words joining a phrase's other words, never its content. */
const JOINING: ReadonlySet<string> = new Set(['and', 'or', 'of', 'the', 'for', 'in', 'to', 'on']);

function sharedStart(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/** True when the typed word is a form of the label word (same stem, one the start of the other, a shared start). */
function formOf(word: string, labelWord: string): boolean {
  if (word === labelWord || sameStem(word, labelWord) || stem(word) === stem(labelWord)) return true;
  const shorter = Math.min(word.length, labelWord.length);
  if (shorter >= MIN_PREFIX && (word.startsWith(labelWord) || labelWord.startsWith(word))) return true;
  // "medicine" / "medical", "educators" / "education", "industrial" / "industry": most of the shorter word shared
  const shared = sharedStart(word, labelWord);
  return shared >= MIN_SHARED_START && shared >= shorter - 3;
}

/**
 * True when the theme phrase names the tag whole: one of its content words is a form of one of the tag's label
 * words, its initials spell one ("artificial intelligence": ai), or it is an acronym of words holding one.
 */
export function namesTagWhole(phrase: string, tag: TagEntry): boolean {
  if (tag.keys.includes(phrase)) return true;
  const words = phrase.split(' ').filter((x) => x !== '' && !JOINING.has(x));
  if (words.length === 0) return false;
  const label = tag.words;
  if (words.some((x) => label.some((y) => formOf(x, y)))) return true;
  if (words.length > 1 && label.includes(words.map((x) => x[0] ?? '').join(''))) return true;
  if (words.length === 1) {
    const [only] = words;
    if (acronymExpansions(only ?? '').some((ws) => ws.some((x) => label.some((y) => formOf(x, y))))) return true;
  }
  // a synonym of a label word in WordNet's usual senses ("crude", "petroleum": oil)
  return relatedNouns(words.join(' '), 2, 0).some((r) => r.distance === 0 && label.some((y) => r.word === y));
}

/** The tagger's keywords of each tag that are plain words or phrases (a final optional "s" dropped), per tag id. */
const PLAIN_KEYWORDS: ReadonlyMap<string, readonly string[]> = new Map(
  EVENT_TAGS.map((t) => [
    t.tag,
    t.keywords
      .map((k) =>
        k
          .toLowerCase()
          // a look-around ("trading(?! cards)") narrows the keyword, it names no other word
          .replace(/\(\?<?[!=][^)]*\)/g, '')
          .replace(/s\?$/, ''),
      )
      .filter((k) => /^[a-z0-9][a-z0-9 ']*$/.test(k)),
  ]),
);

/**
 * The words an event's name or description says when it is about the narrower theme: the phrase as typed (in the
 * singular, which also starts its plural), and the plain keywords of its tags sharing its stem ("trading": traders).
 */
export function mentionedForms(phrase: string, tagIds: readonly string[]): string[] {
  const words = phrase.split(' ');
  const last = words.at(-1) ?? '';
  const typed = [...words.slice(0, -1), last.length > 4 ? singular(last) : last].join(' ');
  const out = [typed];
  if (words.length === 1)
    for (const id of tagIds)
      for (const k of PLAIN_KEYWORDS.get(id) ?? [])
        if (!k.includes(' ') && k !== typed && (stem(k) === stem(typed) || sameStem(k, typed)) && !out.includes(k))
          out.push(k);
  return out;
}
