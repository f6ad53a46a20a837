import { TOPIC_SYNONYMS } from '../lexicon/topicSynonyms';
import { sameStem } from '../text/tokenize';
import type { ValueIndex } from '../values/ValueIndex';

export interface TopicMatch {
  tags: string[];
  tagLabels: string[];
  industries: string[];
  any: boolean;
}

const cache = new WeakMap<ValueIndex, Map<string, TopicMatch>>();

/**
 * Links topic words to event tags (label, tag id or one of their words) and to company industries
 * (every topic word shares a stem with a word of the industry).
 * @example matchTopic(['oil', 'gas'], index) // { tags: ['oil_gas'], industries: ['Oil and Gas'], ... }
 */
export function matchTopic(words: string[], index: ValueIndex): TopicMatch {
  const key = words.join(' ');
  let perIndex = cache.get(index);
  if (!perIndex) {
    perIndex = new Map();
    cache.set(index, perIndex);
  }
  const hit = perIndex.get(key);
  if (hit) return hit;
  const content = words.filter((x) => x !== 'and' && x !== 'or' && x !== 'the' && x !== 'of');
  // "petroleum and refining": each conjunct may name the theme on its own
  const groups: string[][] = [[]];
  for (const x of words) {
    if (x === 'and' || x === 'or') groups.push([]);
    else if (x !== 'the' && x !== 'of') groups[groups.length - 1]?.push(x);
  }
  const tags: string[] = [];
  const tagLabels: string[] = [];
  for (const t of index.tags) {
    const exact = t.keys.includes(key) || t.keys.includes(content.join(' '));
    const byWord = content.length > 0 && content.every((x) => t.words.some((y) => sameStem(x, y)));
    const anyWord = content.length > 0 && content.some((x) => t.words.some((y) => sameStem(x, y)) && x.length >= 3);
    if (
      exact ||
      byWord ||
      (anyWord &&
        content.length <= 3 &&
        t.words.length <= content.length + 1 &&
        content.filter((x) => t.words.some((y) => sameStem(x, y))).length >= Math.ceil(content.length / 2))
    ) {
      tags.push(t.tag);
      tagLabels.push(t.label);
    }
  }
  if (tags.length === 0 && content.length > 1) {
    const phrase = ` ${content.join(' and ')} `;
    for (const t of index.tags) {
      if (t.descText.includes(phrase) || t.descText.includes(` ${content.join(' ')} `)) {
        tags.push(t.tag);
        tagLabels.push(t.label);
      }
    }
  }
  if (tags.length === 0 && content.length > 0) {
    // description words: every topic word must match, except ordinary words ("quantum computing" is not "cloud computing")
    for (const t of index.tags) {
      const hit = (x: string): boolean => x.length >= 3 && t.descWords.some((y) => sameStem(x, y));
      if (groups.some((g) => g.length > 0 && g.some(hit) && g.every((x) => hit(x) || index.commonWords.has(x)))) {
        tags.push(t.tag);
        tagLabels.push(t.label);
      }
    }
  }
  const wordMatches = (x: string, tokens: string[]): boolean => tokens.some((y) => sameStem(x, y));
  let industries =
    content.length === 0
      ? []
      : index.industries.filter((ind) => content.every((x) => wordMatches(x, ind.tokens))).map((ind) => ind.name);
  if (industries.length === 0 && content.some((x) => TOPIC_SYNONYMS[x])) {
    // informal words with no literal match ("telco companies"): one of their synonyms
    industries = index.industries
      .filter((ind) =>
        content.every(
          (x) => wordMatches(x, ind.tokens) || (TOPIC_SYNONYMS[x] ?? []).some((s) => wordMatches(s, ind.tokens)),
        ),
      )
      .map((ind) => ind.name);
  }
  const result = { tags, tagLabels, industries, any: tags.length > 0 || industries.length > 0 };
  perIndex.set(key, result);
  return result;
}
