/**
 * Theme compounds of "tech" ("fintech", "insurtech", "proptech", "edtech", "martech", "hr tech"): the technology OF
 * a theme, narrower than that theme's tag and than the technology tag. Read as either tag whole, "sg fintech events"
 * lists an accounting show (Finance & Banking) and "edtech events" every university fair: a broader question than the
 * one asked. A compound is read as
 *
 * - the tag it is itself the label word of ("cleantech": Sustainability & Cleantech, "agritech", "biotech"): that tag;
 * - otherwise the events that say the compound in their name or description, or that are of both its theme and
 *   technology (Seamless Asia, payments and banking tagged Technology; Blockchain Festival, whose crypto tag implies
 *   both finance and technology). The theme is what the tagger reads the compound as (its keywords: "fintech" is
 *   finance), else the tags a word of which the first part clips ("prop" of "property"). A first part naming no theme
 *   leaves the word to the other readers (asked about when nothing reads it).
 */
import { EVENT_TAGS, eventTagsNamedBy } from '@musaeid/db';
import { MIN_COMPOUND_CLIP, THEME_COMPOUND_HEAD } from '../lexicon/themeCompoundWords';
import type { TagPair } from '../ir/Request';
import type { ValueIndex } from '../values/ValueIndex';

export interface TechCompoundReading {
  /** The tag the compound is the label word of ("cleantech"); empty for a narrower theme. */
  tags: string[];
  /** The compound's theme (tag ids: finance_banking of "fintech"), whose events must also be of `withTag`. */
  themes: string[];
  /** The tag of the compound's head: technology. */
  withTag: string;
  /** Spellings of the compound an event's text may say ("fintech", "fin tech"); empty when a tag is its label. */
  mentioning: string[];
}

/** Keywords of the tag vocabulary that are one plain word ("property", "medical"), per tag: what a clip may start. */
const PLAIN_KEYWORDS: readonly { tag: string; word: string }[] = EVENT_TAGS.flatMap((t) =>
  t.keywords.filter((k) => /^[a-z]+$/.test(k)).map((word) => ({ tag: t.tag, word })),
);

/** The first part and the one-word compound of a theme typed as "<part>tech" or "<part> tech", or null. */
function compoundParts(words: readonly string[]): { clip: string; compound: string; typed: string } | null {
  const head = THEME_COMPOUND_HEAD.word;
  const [first, second] = words;
  if (words.length === 2 && second === head && first !== undefined && /^[a-z]+$/.test(first))
    return first.length >= MIN_COMPOUND_CLIP
      ? { clip: first, compound: `${first}${head}`, typed: `${first} ${head}` }
      : null;
  if (words.length !== 1 || first === undefined || !/^[a-z]+$/.test(first) || !first.endsWith(head)) return null;
  const clip = first.slice(0, -head.length);
  return clip.length >= MIN_COMPOUND_CLIP ? { clip, compound: first, typed: first } : null;
}

/** The themes (tag ids) the compound's first part names: the tagger's reading of it, else the tags it clips a word of. */
function themeOf(clip: string, compound: string, typed: string, index: ValueIndex): string[] {
  const head = THEME_COMPOUND_HEAD.tag;
  const tagged = [...new Set([...eventTagsNamedBy(compound), ...eventTagsNamedBy(typed)])].filter((t) => t !== head);
  if (tagged.length > 0) return tagged;
  const clips = (word: string): boolean => word.length > clip.length && word !== compound && word.startsWith(clip);
  const byLabel = index.tags.filter((t) => t.tag !== head && t.words.some(clips)).map((t) => t.tag);
  const byKeyword = PLAIN_KEYWORDS.filter((k) => k.tag !== head && clips(k.word)).map((k) => k.tag);
  return [...new Set([...byLabel, ...byKeyword])];
}

/**
 * The reading of a theme compound of "tech", or null when the words are none (or name no theme of the data).
 * @example techCompoundTheme(['fintech'], index)
 * // { tags: [], themes: ['finance_banking'], withTag: 'technology', mentioning: ['fintech', 'fin tech'] }
 * @example techCompoundTheme(['cleantech'], index) // { tags: ['sustainability'], themes: [], ... mentioning: [] }
 */
export function techCompoundTheme(words: readonly string[], index: ValueIndex): TechCompoundReading | null {
  const parts = compoundParts(words);
  if (!parts) return null;
  const { clip, compound, typed } = parts;
  // the label word of a tag ("Sustainability & Cleantech"): the compound is that tag, no narrower theme
  const withTag = THEME_COMPOUND_HEAD.tag;
  const labelled = index.tags.filter((t) => t.words.includes(compound)).map((t) => t.tag);
  if (labelled.length > 0) return { tags: labelled, themes: [], withTag, mentioning: [] };
  const themes = themeOf(clip, compound, typed, index).filter((t) => index.tags.some((x) => x.tag === t));
  if (themes.length === 0) return null;
  return { tags: [], themes, withTag, mentioning: [...new Set([compound, `${clip} ${THEME_COMPOUND_HEAD.word}`])] };
}

/**
 * Two themes of one pairing tag united ("fintech or edtech": finance or education, with technology); pairs of
 * different tags are never made (every compound pairs with its head's tag), the first is kept if they were.
 */
export function mergedPairs(a: TagPair | undefined, b: TagPair | undefined): TagPair | undefined {
  if (!a || !b || a.tag !== b.tag) return a ?? b;
  return { tags: [...new Set([...a.tags, ...b.tags])], tag: a.tag, label: `${a.label} or ${b.label}` };
}
