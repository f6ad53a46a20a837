import { EVENT_TAGS, TRADE_AUDIENCE, type EventTag } from './lexicon/eventTags';
import { cleanText, decodeUnicodeEscapes, foldAccents } from './text';

export { EVENT_TAGS, type EventTag } from './lexicon/eventTags';

export interface EventTagsInput {
  readonly name?: string | null;
  readonly description?: string | null;
}

/** A tag with its keywords compiled. */
export interface CompiledTag {
  readonly tag: EventTag;
  /** Case-insensitive keywords as one alternation, and case-sensitive ones (holding a capital) as another. */
  readonly res: readonly RegExp[];
  /** The same keywords anchored at the end of a text: a keyword the text ends with ("Asian Refining"). */
  readonly endRes: readonly RegExp[];
  /**
   * All keywords anchored at both ends, case-insensitively: a phrase someone asks about that is one keyword
   * ("payments", "web3", "IT" typed as "it" once a parser has read it as a theme).
   */
  readonly wholeRe: RegExp | null;
  /** The same without the keywords in capitals ("GSTC", "AHICE", "IT"): the words of the tag that are no names. */
  readonly wholeWordRe: RegExp | null;
}

function alternation(kws: readonly string[], flags: string, anchor: 'none' | 'end' | 'whole' = 'none'): RegExp | null {
  if (kws.length === 0) return null;
  // ' ?' is an optional separator, ' ' a required one (space or hyphen).
  const body = kws.map((k) => `(?:${k.replace(/ \?/g, '[\\s-]*').replace(/ /g, '[\\s-]+')})`).join('|');
  // Texts are accent-folded first, so ASCII word boundaries are enough.
  const before = anchor === 'whole' ? '^' : '(?<![A-Za-z0-9])';
  const after = anchor === 'none' ? '(?![A-Za-z0-9])' : '$';
  return new RegExp(`${before}(?:${body})${after}`, flags);
}

function compile(tag: EventTag): CompiledTag {
  const isCaseSensitive = (k: string): boolean => /[A-Z]/.test(k.replace(/\\[a-zA-Z]/g, ''));
  const cs = tag.keywords.filter(isCaseSensitive);
  const ci = tag.keywords.filter((k) => !isCaseSensitive(k));
  const both = (anchor: 'none' | 'end' | 'whole', g: string): RegExp[] =>
    [alternation(ci, `${g}i`, anchor), alternation(cs, g, anchor)].filter((r): r is RegExp => r !== null);
  return {
    tag,
    res: both('none', 'g'),
    endRes: both('end', ''),
    wholeRe: alternation(tag.keywords, 'i', 'whole'),
    wholeWordRe: alternation(ci, 'i', 'whole'),
  };
}

/** EVENT_TAGS with compiled keyword matchers (shared with eventTagsMentioned). */
export const COMPILED_EVENT_TAGS: readonly CompiledTag[] = EVENT_TAGS.map(compile);
const BY_TAG = new Map(EVENT_TAGS.map((t) => [t.tag, t]));
for (const t of EVENT_TAGS)
  for (const i of t.implies ?? []) if (!BY_TAG.has(i)) throw new Error(`EVENT_TAGS: ${t.tag} implies unknown tag ${i}`);

/** The audience tag of events held for the public. */
const CONSUMER_TAG = 'consumer';
if (!BY_TAG.has(CONSUMER_TAG)) throw new Error(`EVENT_TAGS: no ${CONSUMER_TAG} tag`);
const TRADE_AUDIENCE_RE = new RegExp(`(?<![A-Za-z0-9])(?:${TRADE_AUDIENCE.join('|')})(?![A-Za-z0-9])`, 'i');

/** Short descriptions are taglines: every word is the event's focus. */
const TAGLINE_MAX = 160;

/**
 * Tags an event with industry themes from the EVENT_TAGS vocabulary. A tag applies when one of its
 * keywords is in the event NAME, or in the description's focus (its first sentence, or all of it when
 * it is a short tagline), or at least twice anywhere in the description. Broad themes marked `generic`
 * (technology, sustainability, education, business) need a name hit or two description hits, so a
 * passing mention ('... Technology. Sustainability. Innovation.') does not tag. Implied tags are added
 * (oil_gas -> energy, cybersecurity -> technology). Result: tag ids in vocabulary order.
 *
 * @example deriveEventTags({ name: 'Asian Downstream Summit', description: 'Asia’s most influential downstream oil and gas event.' })
 * // ['oil_gas', 'energy']
 */
export function deriveEventTags(input: EventTagsInput): string[] {
  const name = prepareTagText(cleanText(input.name) ?? '');
  const description = prepareTagText(cleanText(input.description) ?? '');
  const focus = description.length <= TAGLINE_MAX ? description : firstSentence(description);
  const tags = new Set<string>();
  for (const { tag, res } of COMPILED_EVENT_TAGS) {
    // a broad theme's word heading a specific one in the name ("Asian Refining Technology Conference") is the
    // technology OF that subject, not a technology event
    const inName = res.some((r) => (tag.generic ? namedAsHead(r, name) : countMatches(r, name) > 0));
    const inDesc = res.reduce((n, r) => n + countMatches(r, description), 0);
    const inFocus = res.some((r) => countMatches(r, focus) > 0);
    if (inName || inDesc >= 2 || (!tag.generic && inFocus)) tags.add(tag.tag);
  }
  for (const t of [...tags]) for (const i of BY_TAG.get(t)?.implies ?? []) tags.add(i);
  // a fair of a consumer-facing theme that names no trade audience is held for the public
  const consumerFacing = [...tags].some((t) => BY_TAG.get(t)?.consumerFacing === true);
  if (consumerFacing && !TRADE_AUDIENCE_RE.test(`${name} ${description}`)) tags.add(CONSUMER_TAG);
  return EVENT_TAGS.filter((t) => tags.has(t.tag)).map((t) => t.tag);
}

/**
 * True when a broad theme's keyword occurs in the name other than as the head of a compound whose modifier is a
 * specific theme's keyword: "Refining Technology" (oil refining) and "Pet Technology" are their subject's, while
 * "Space and Technology" (coordinated), "Technology Week" or "IEEE" name the broad theme.
 */
function namedAsHead(re: RegExp, name: string): boolean {
  if (name === '') return false;
  re.lastIndex = 0;
  for (let m = re.exec(name); m !== null; m = re.exec(name)) {
    const before = name.slice(0, m.index).trimEnd();
    const modified =
      before.length < m.index &&
      COMPILED_EVENT_TAGS.some((t) => !t.tag.generic && t.endRes.some((r) => r.test(before)));
    if (!modified) return true;
  }
  return false;
}

/** Text as the keywords expect it: escapes decoded, accents folded, '&' as 'and', one space between words. */
export function prepareTagText(s: string): string {
  return foldAccents(decodeUnicodeEscapes(s)).replace(/&/g, ' and ').replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

function firstSentence(s: string): string {
  const m = /^.*?[.!?](?=\s+["“(A-Z0-9]|\s*$)/su.exec(s);
  return m ? m[0] : s;
}

/** How many times a global RegExp matches in s. */
export function countMatches(re: RegExp, s: string): number {
  if (s === '') return 0;
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}
