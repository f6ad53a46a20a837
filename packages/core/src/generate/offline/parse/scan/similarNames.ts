/**
 * A likeness word governing a name: "companies like X", "firms similar to X", "competitors of X", "X's rivals",
 * "events like Y". The data holds no likeness between companies or events, and reading the name alone answers X
 * itself, a question that was not asked. The words are asked back instead (an `unclear` mention over the likeness
 * word and the name), offering what the data does hold of X: a company's industries and country, an event's
 * themes and country, each a question the engine answers ("companies in the Software Development industry").
 *
 * The grammar (`lexicon/similarityWords.ts` holds the words): MODIFIER [PREP] NAME, MODIFIER NOUN PREP NAME
 * ("similar companies to X"), LIKENESS-NOUN PREP NAME, NAME ['s] LIKENESS-NOUN.
 */
import { SIMILARITY_MODIFIERS, SIMILARITY_NOUN_PREPOSITIONS, SIMILARITY_NOUNS } from '../../lexicon/similarityWords';
import { singular } from '../../text/tokenize';
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';
import type { Mention } from '../Mention';
import { claim, type ScanState } from './ScanState';

/** Most readings of each kind offered (a company's first industries, an event's first themes). */
const MAX_PER_KIND = 2;

/** The word at k as typed, lower case, without a possessive ("Meltwater's" -> "meltwater"). */
function typedAt(s: ScanState, k: number): string {
  return (s.tokens[k]?.raw ?? '').toLowerCase().replace(/['’]s$/, '');
}

function isLikenessNoun(word: string): boolean {
  return SIMILARITY_NOUNS.has(singular(word)) || SIMILARITY_NOUNS.has(word);
}

/** A noun of the set asked for right there (read as companies or events, or a likeness noun read as one). */
function setNounAt(s: ScanState, k: number): boolean {
  return s.mentions.some((m) => m.start === k && m.t === 'entity');
}

/** Where the likeness words around the name at [a, b) start and end, and whether they hold the set's own noun. */
function likenessSpan(s: ScanState, a: number, b: number): { start: number; end: number; ownNoun: boolean } | null {
  const at = (k: number): string => typedAt(s, k);
  // MODIFIER NAME ("like X")
  if ((SIMILARITY_MODIFIERS[at(a - 1)] ?? null)?.length === 0) return { start: a - 1, end: b, ownNoun: false };
  // MODIFIER PREP NAME ("similar to X")
  if (SIMILARITY_MODIFIERS[at(a - 2)]?.includes(at(a - 1))) return { start: a - 2, end: b, ownNoun: false };
  // MODIFIER NOUN PREP NAME ("similar companies to X")
  if (SIMILARITY_MODIFIERS[at(a - 3)]?.includes(at(a - 1)) && setNounAt(s, a - 2))
    return { start: a - 3, end: b, ownNoun: true };
  // LIKENESS-NOUN PREP NAME ("competitors of X", "alternatives to X")
  if (SIMILARITY_NOUN_PREPOSITIONS.has(at(a - 1)) && isLikenessNoun(at(a - 2)))
    return { start: a - 2, end: b, ownNoun: true };
  // NAME ['s] LIKENESS-NOUN ("X's competitors", "X rivals")
  const after = at(b) === 's' ? b + 1 : b;
  if (isLikenessNoun(at(after))) return { start: a, end: after + 1, ownNoun: true };
  return null;
}

/** What the data holds of the named companies or events, as readings to offer in its place. */
function readingsOf(
  kind: 'company' | 'event',
  hit: NamedHit,
  index: ValueIndex,
  ownNoun: boolean,
): { label: string; replacement: string }[] {
  const name = hit.names[0] ?? '';
  const noun = kind === 'company' ? 'companies' : 'events';
  const lead = ownNoun ? `${noun} ` : '';
  const out: { label: string; replacement: string }[] = [];
  const countries = new Set<string>();
  if (kind === 'company') {
    const industries = new Set<string>();
    for (const id of hit.ids) {
      const traits = index.companyTraits.get(id);
      for (const i of traits?.industries ?? []) industries.add(i);
      if (traits?.country) countries.add(traits.country);
    }
    for (const i of [...industries].slice(0, MAX_PER_KIND))
      out.push({
        label: `companies in the ${i} industry (${name}'s industry)`,
        replacement: `${lead}in the ${i} industry`,
      });
  } else {
    const tags = new Set<string>();
    for (const id of hit.ids) {
      for (const t of index.eventTags.get(id) ?? []) tags.add(t);
      const country = index.eventFacts.get(id)?.country;
      if (country) countries.add(country);
    }
    for (const t of [...tags].slice(0, MAX_PER_KIND)) {
      const label = index.tags.find((x) => x.tag === t)?.label;
      if (label) out.push({ label: `events about ${label} (${name}'s theme)`, replacement: `${lead}about ${label}` });
    }
  }
  for (const c of [...countries].slice(0, 1))
    out.push({ label: `${noun} in ${c} (${name}'s country)`, replacement: `${lead}in ${c}` });
  return out;
}

export function readSimilarNames(s: ScanState): void {
  const names = s.mentions.filter(
    (m): m is Mention & { t: 'company' | 'event' } => m.t === 'company' || m.t === 'event',
  );
  for (const m of names) {
    const span = likenessSpan(s, m.start, m.end);
    if (!span) continue;
    const inside = (x: Mention): boolean => x.start >= span.start && x.end <= span.end;
    // a reading reaching outside the likeness words (a longer name) is left as it is
    if (s.mentions.some((x) => !inside(x) && x.start < span.end && x.end > span.start)) continue;
    for (let k = s.mentions.length - 1; k >= 0; k--) {
      const x = s.mentions[k];
      if (x && inside(x)) s.mentions.splice(k, 1);
    }
    const kind = m.t === 'company' ? 'companies' : 'events';
    claim(s, span.start, span.end, {
      t: 'unclear',
      about: 'word',
      why: `The data holds no likeness between ${kind}, so I have not answered with ${m.hit.names[0] ?? m.text} itself`,
      options: [],
      choices: readingsOf(m.t, m.hit, s.index, span.ownNoun),
    });
  }
}
