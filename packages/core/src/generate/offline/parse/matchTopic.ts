import { eventTagsNamedBy } from '@musaeid/db';
import { COMPANY_NOUNS } from '../lexicon/entityWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { TOPIC_SYNONYMS } from '../lexicon/topicSynonyms';
import { VAGUE_NOUNS } from '../lexicon/vagueNounWords';
import { acronymExpansions } from '../text/acronymExpansions';
import { clipsWord } from '../text/clippedWords';
import { relatedNouns, wordNet } from '../text/language';
import { sameStem, singular } from '../text/tokenize';
import { tagsOfParts } from './themeParts';
import { industriesOfKind } from './industryKinds';
import { mentionedForms, namesTagWhole } from './narrowerKeywords';
import { mergedPairs, techCompoundTheme } from './techCompounds';
import { themeOfInitials } from './themeInitials';
import type { TagPair } from '../ir/Request';
import type { ValueIndex } from '../values/ValueIndex';

export interface TopicMatch {
  tags: string[];
  tagLabels: string[];
  industries: string[];
  any: boolean;
  /**
   * Words an event's name or description may say instead of carrying one of `tags`: a theme narrower than any tag
   * ("fintech": the events saying it, or tagged Crypto & Blockchain; `techCompounds.ts`). Absent for the others.
   */
  mentioning?: string[];
  /** Events of one of these tags together with another ("fintech": finance_banking with technology). */
  withTag?: TagPair;
}

const cache = new WeakMap<ValueIndex, Map<string, TopicMatch>>();
/** Topic phrases remembered per index: the oldest are dropped past this many (questions are unbounded). */
const CACHE_LIMIT = 4096;
const NONE: TopicMatch = { tags: [], tagLabels: [], industries: [], any: false };

/** The domain's informal synonyms of a theme word, said in either number ("telcos": telco). */
export function synonymsOf(word: string): readonly string[] | undefined {
  return TOPIC_SYNONYMS[word] ?? TOPIC_SYNONYMS[singular(word)];
}

/**
 * A theme word the data does not use, read through WordNet: its synonyms, in the order of its two most usual
 * senses ("petroleum" -> "oil" -> the Oil & Gas tag; "shipping" -> "transportation"). Hypernyms are too broad
 * for themes ("refining" is a kind of "processing", which is not payment processing).
 */
function matchThroughWordNet(word: string, index: ValueIndex, side: 'tags' | 'industries'): TopicMatch {
  // the domain's own shorthand first ("tech" is technology here, not WordNet's "technical school")
  for (const synonym of synonymsOf(word) ?? []) {
    const m = matchTopicLiterally(synonym.split(' '), index);
    if (m[side].length > 0) return m;
  }
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return NONE;
  for (const r of relatedNouns(word, 2, 0)) {
    if (r.distance > 0) break;
    const business = industryOfBusiness(r.word, index, side);
    if (business) return business;
    const m = matchTopicLiterally(r.word.split(' '), index);
    // a synonym names an industry as the head of one of its parts ("petroleum": oil, of "Oil and Gas"), never as a
    // word modifying another there: that is another sense of it ("lineup": card, WordNet's batting order, is no
    // "Circuit card assemblies")
    const industries = side === 'industries' ? m.industries.filter((ind) => headedBy(ind, r.word)) : m.industries;
    if (industries.length > 0 || (side === 'tags' && m.tags.length > 0)) return { ...m, industries };
  }
  // a kind of a theme ("cardiology" and "oncology" are medicine, "banking" finance): a word the theme's tagger
  // tags events by, up to two levels up; only the tagger's own words, as a broader word than those ("processing",
  // "business") would reach themes the word is not about
  if (side === 'tags')
    for (const r of relatedNouns(word, 2, 2)) {
      if (r.distance === 0) continue;
      const m = tagsNamed(eventTagsNamedBy(r.word), index);
      if (m.any) return m;
    }
  // an informal noun for someone keen on the theme ("foodies", "techie"): the theme itself
  const base = INFORMAL_FAN_SUFFIX.exec(word)?.[1];
  if (base) {
    const m = matchTopic([base], index);
    if (m[side].length > 0) return m;
  }
  return NONE;
}

/**
 * A synonym naming a kind of company by its business ("insurer": "insurance company", "publisher": "publishing
 * firm", "manufacturer": "manufacturing business"): the words before the company noun are the industry, so the
 * agent noun reaches it. Null for other synonyms, and on the tags' side (a company noun names no event theme).
 */
function industryOfBusiness(phrase: string, index: ValueIndex, side: 'tags' | 'industries'): TopicMatch | null {
  const words = phrase.split(' ');
  if (side !== 'industries' || words.length < 2 || !COMPANY_NOUNS.has(words.at(-1) ?? '')) return null;
  const business = words.slice(0, -1);
  const m = matchTopicLiterally(business, index);
  const industries = m.industries.filter((ind) => headedBy(ind, business.join(' ')));
  return industries.length > 0 ? { ...m, industries } : null;
}

/**
 * True when the last word of `phrase` is the head of a part of the industry's name: the last word of one of the
 * parts its commas, "&", "and", "/", " - " and parentheses set apart ("Oil and Gas": oil, gas; "Hospitality - Hotels,
 * Resorts": hospitality, hotels, resorts; "Circuit card assemblies": assemblies).
 */
function headedBy(industry: string, phrase: string): boolean {
  const last = phrase.split(' ').at(-1) ?? '';
  return industry
    .split(/\s*(?:,|&|\/|\s-\s|\(|\)|\band\b|\bor\b)\s*/i)
    .map((part) => part.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '')
    .some((head) => head !== '' && sameStem(last, head));
}

/** Single letters joined by "and" ("f and b"): a theme typed by its initials. */
function areInitials(words: readonly string[]): boolean {
  return words.length >= 3 && words.every((x, k) => (k % 2 === 1 ? x === 'and' : /^[a-z]$/.test(x)));
}

/** The tags of the index among `ids`, as a match. */
function tagsNamed(ids: readonly string[], index: ValueIndex): TopicMatch {
  const found = index.tags.filter((t) => ids.includes(t.tag));
  if (found.length === 0) return NONE;
  return { tags: found.map((t) => t.tag), tagLabels: found.map((t) => t.label), industries: [], any: true };
}

/** "foodie", "foodies", "techie": a theme word with the informal ending of a person keen on it. */
const INFORMAL_FAN_SUFFIX = /^([a-z]{4,})(?:ies|ie)$/;

/** The words of a theme that say what it is about: without the words joining them ("oil and gas" -> oil, gas). */
export function themeContent(words: readonly string[]): string[] {
  return words.filter((x) => x !== 'and' && x !== 'or' && x !== 'the' && x !== 'of');
}

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
  // "stuff", "things": a vague noun of whatever fits names no theme of its own (WordNet's "stuff" is material, which
  // reached Manufacturing), inside a theme's phrase it is the phrase's ("internet of things")
  const [lone, ...more] = themeContent(words);
  if (lone !== undefined && more.length === 0 && VAGUE_NOUNS.has(lone)) return NONE;
  const compound = compoundMatched(words, index);
  let result = compound ?? alternativesMatched(words, index) ?? matchTopicLiterally(words, index);
  // "o&g": a theme typed by its initials is the theme whose label they spell, when the words name nothing as typed
  const spelt = result.any ? null : themeOfInitials(words, index);
  if (spelt) result = matchTopic([...spelt], index);
  // "F&B companies": initials read through one tag's description name that tag only; the industries are those of the
  // tag's label spelt out ("food and beverage"), else a company noun after them fell back to the events' tag and
  // answered every company at an event of that theme
  const [describedTag] = result.tags;
  if (result.tags.length === 1 && result.industries.length === 0 && describedTag && areInitials(words)) {
    const label = index.tags.find((t) => t.tag === describedTag)?.label ?? '';
    const labelWords = label.toLowerCase().replace(/&/g, ' and ').split(/\s+/).filter(Boolean);
    const industries = labelWords.length > 1 ? matchTopic(labelWords, index).industries : [];
    if (industries.length > 0) result = { ...result, industries };
  }
  const content = themeContent(words);
  // a theme may name event tags but no industry, or the reverse: each side looks for its own reading (a compound has
  // read both: its theme's synonyms would widen it again)
  const eventSide = (m: TopicMatch): boolean => m.tags.length > 0 || (m.mentioning?.length ?? 0) > 0;
  if (!compound && content.length === 1 && (!eventSide(result) || result.industries.length === 0)) {
    const word = content[0] ?? '';
    const tagSide = eventSide(result) ? result : matchThroughWordNet(word, index, 'tags');
    const industrySide = result.industries.length > 0 ? result : matchThroughWordNet(word, index, 'industries');
    result = {
      tags: tagSide.tags,
      tagLabels: tagSide.tagLabels,
      industries: industrySide.industries,
      any: eventSide(tagSide) || industrySide.industries.length > 0,
      ...(tagSide.mentioning ? { mentioning: tagSide.mentioning } : {}),
    };
  }
  // "aerospace": a theme made of parts (the atmosphere and outer space) reaches the tags of its parts as well
  const [only, ...others] = content;
  if (only !== undefined && others.length === 0 && result.tags.length > 0) {
    const parts = tagsOfParts(only, index).filter((t) => !result.tags.includes(t));
    if (parts.length > 0) {
      const named = tagsNamed(parts, index);
      result = {
        ...result,
        tags: [...result.tags, ...named.tags],
        tagLabels: [...result.tagLabels, ...named.tagLabels],
      };
    }
  }
  perIndex.set(key, result);
  if (perIndex.size > CACHE_LIMIT) {
    const oldest = perIndex.keys().next().value;
    if (oldest !== undefined) perIndex.delete(oldest);
  }
  return result;
}

/**
 * A theme compound of "tech" ("fintech", "hr tech"): the tags that answer it and the spellings an event's text may
 * say, never its theme's whole tag (`techCompounds.ts`); the industries are those named by the compound itself
 * ("FinTech"). Null for other words.
 */
function compoundMatched(words: readonly string[], index: ValueIndex): TopicMatch | null {
  const reading = techCompoundTheme(themeContent(words), index);
  if (!reading) return null;
  const named = tagsNamed(reading.tags, index);
  const labelOf = (tag: string): string => index.tags.find((t) => t.tag === tag)?.label ?? tag;
  const withTag: TagPair | null =
    reading.themes.length > 0
      ? {
          tags: reading.themes,
          tag: reading.withTag,
          label: `${reading.themes.map(labelOf).join(' / ')} and ${labelOf(reading.withTag)}`,
        }
      : null;
  const compound = reading.mentioning[0] ?? themeContent(words).join('');
  const industries = index.industries
    .filter((ind) => ind.tokens.some((y) => sameStem(compound, y)))
    .map((ind) => ind.name);
  return {
    tags: named.tags,
    tagLabels: named.tagLabels,
    industries,
    any: true,
    ...(reading.mentioning.length > 0 ? { mentioning: reading.mentioning } : {}),
    ...(withTag ? { withTag } : {}),
  };
}

/**
 * An alternative of a list that names industries but no tag ("digital" in "AI, cloud or digital"): on the events'
 * side it is the events saying its words, when some event does (each word in some event's text), so a union of themes
 * keeps every member for events too, never widening nor dropping one (the tag side of the union needs each member).
 */
function saidByEvents(words: readonly string[], m: TopicMatch, index: ValueIndex): TopicMatch {
  // a word naming nothing at all stays unread (the whole list is then asked about), never a free-text theme here
  if (!m.any || m.tags.length > 0 || (m.mentioning?.length ?? 0) > 0 || m.withTag) return m;
  const content = themeContent(words);
  if (content.length === 0 || !content.every((x) => index.eventWords.has(x))) return m;
  return { ...m, mentioning: [content.join(' ')] };
}

/**
 * An alternative of a theme without the filler words it opens with ("in the food": food), unless as typed it names
 * industries already: a filler word may be a theme's own ("IT services").
 */
export function alternativeWords(words: readonly string[], index: ValueIndex): string[] {
  if (words.length === 0 || matchTopic([...words], index).industries.length > 0) return [...words];
  const at = words.findIndex((x) => !FILLER_WORDS.has(x));
  return at < 0 ? [] : words.slice(at);
}

/**
 * "hospitality or food and beverage": "or" binds looser than "and", so each alternative is the theme it is alone
 * ("food and beverage" names the industries holding both words, not every food industry and every beverage one) and
 * the theme is their union. Null when there is no "or" between content words, or when an alternative names nothing
 * (the whole phrase is then read as before and, naming nothing, asked about).
 */
function alternativesMatched(words: readonly string[], index: ValueIndex): TopicMatch | null {
  const parts: string[][] = [[]];
  for (const x of words) {
    if (x === 'or') parts.push([]);
    else parts[parts.length - 1]?.push(x);
  }
  if (parts.filter((p) => themeContent(p).length > 0).length < 2) return null;
  // "hospitality or in the food industry": the words that open an alternative's phrase ("in the", "are") are no theme
  const alternatives = parts.map((p) => alternativeWords(p, index)).filter((p) => themeContent(p).length > 0);
  if (alternatives.length < 2) return null;
  const each = alternatives.map((p) => saidByEvents(p, matchTopic(p, index), index));
  if (!each.every((m) => m.any)) return null;
  const tags: string[] = [];
  const tagLabels: string[] = [];
  for (const m of each)
    for (const [k, t] of m.tags.entries())
      if (!tags.includes(t)) {
        tags.push(t);
        tagLabels.push(m.tagLabels[k] ?? t);
      }
  // a side only some alternatives name is no reading of the whole: "X or Y" companies need both sides' industries
  const industries = each.every((m) => m.industries.length > 0) ? [...new Set(each.flatMap((m) => m.industries))] : [];
  // an alternative read as words the events say ("fintech or payments") has its reading on the tag side too
  const allTags = each.every((m) => m.tags.length > 0 || (m.mentioning?.length ?? 0) > 0);
  const mentioning = [...new Set(each.flatMap((m) => m.mentioning ?? []))];
  const withTag = each.reduce<TagPair | undefined>((acc, m) => mergedPairs(acc, m.withTag), undefined);
  return {
    tags: allTags ? tags : [],
    tagLabels: allTags ? tagLabels : [],
    industries,
    any: allTags || industries.length > 0,
    ...(allTags && mentioning.length > 0 ? { mentioning } : {}),
    ...(allTags && withTag ? { withTag } : {}),
  };
}

/**
 * The industries a word names in the data's own words (and the informal TOPIC_SYNONYMS), never through WordNet's
 * senses: a plural read as "companies of that industry" needs the industry's own word ("banks", "hotels"), not a
 * sense WordNet shares with it ("levels" are "degrees", which would be the culinary-degree industries).
 */
export function industriesInOwnWords(word: string, index: ValueIndex): string[] {
  return matchTopicLiterally([word], index).industries;
}

/**
 * The industries a plural noun of a kind of company names through WordNet's compound for it ("insurers": "insurance
 * company"; "publishers": "publishing firm"), the only sense of it tight enough to make a set of companies of the
 * word (`industryOfBusiness`). Empty for other words.
 */
export function industriesOfBusinessNoun(word: string, index: ValueIndex): string[] {
  if (!/^[a-z]{4,}$/.test(word)) return [];
  for (const r of relatedNouns(word, 2, 0)) {
    if (r.distance > 0) break;
    const business = industryOfBusiness(r.word, index, 'industries');
    if (business) return business.industries;
  }
  return [];
}

/** The tags and industries a topic names in the data's own words (and the informal TOPIC_SYNONYMS). */
function matchTopicLiterally(words: string[], index: ValueIndex): TopicMatch {
  const key = words.join(' ');
  const content = themeContent(words);
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
  // each conjunct one of the words the tagger tags events by ("payments", "web3", "health or pharma"): its tags
  // ... but a word that names an event of the data is that event by the tagger's acronyms ('GSTC', 'AHICE' tag one
  // event by its name: typed, they ask for that event, never for every event of its theme)
  const conjunctTags = groups
    .filter((g) => g.length > 0)
    .map((g) => {
      const phrase = g.join(' ');
      const namesEvent = index.events.has(phrase) || index.eventNameWords.has(phrase);
      return { phrase, ids: eventTagsNamedBy(phrase, { capitalKeywords: !namesEvent }) };
    });
  // ... a keyword saying none of its tag's label words ("payments", "trading", "hotels") is narrower than the tag: the
  // events saying it, never the whole tag (`narrowerKeywords.ts`); a conjunct the words of a tag name already read
  // ("oil and gas") stays that tag
  const mentioning: string[] = [];
  if (conjunctTags.length > 0 && conjunctTags.every((c) => c.ids.length > 0)) {
    const whole: string[] = [];
    for (const c of conjunctTags) {
      const entries = index.tags.filter((t) => c.ids.includes(t.tag));
      const naming = entries.filter((t) => namesTagWhole(c.phrase, t) || tags.includes(t.tag));
      const forms = mentionedForms(c.phrase, c.ids);
      // ... when some event says it: a keyword no event says ("web3") narrows nothing here, its tag's events are the
      // data's only reading of it
      if (entries.length === 0) whole.push(...c.ids);
      else if (naming.length > 0 || !saidBySomeEvent(forms, index))
        whole.push(...(naming.length > 0 ? naming : entries).map((t) => t.tag));
      else for (const form of forms) if (!mentioning.includes(form)) mentioning.push(form);
    }
    const named = tagsNamed(whole, index);
    for (const [k, t] of named.tags.entries())
      if (!tags.includes(t)) {
        tags.push(t);
        tagLabels.push(named.tagLabels[k] ?? t);
      }
  }
  if (tags.length === 0 && mentioning.length === 0 && content.length > 1) {
    const phrase = ` ${content.join(' and ')} `;
    for (const t of index.tags) {
      if (t.descText.includes(phrase) || t.descText.includes(` ${content.join(' ')} `)) {
        tags.push(t.tag);
        tagLabels.push(t.label);
      }
    }
  }
  if (tags.length === 0 && mentioning.length === 0 && content.length > 0) {
    // description words: every topic word must match, except ordinary words ("quantum computing" is not "cloud computing")
    for (const t of index.tags) {
      const hit = (x: string): boolean => x.length >= 3 && t.descWords.some((y) => sameStem(x, y));
      if (groups.some((g) => g.length > 0 && g.some(hit) && g.every((x) => hit(x) || index.commonWords.has(x)))) {
        tags.push(t.tag);
        tagLabels.push(t.label);
      }
    }
  }
  let industries = industriesWithWords(content, index);
  // "hotel n hospitality", "airline and aerospace": several industries joined are each of them (an industry
  // naming them together, like "Oil and Gas", is one of the ones each word names); every conjunct must name one
  const conjuncts = groups.filter((g) => g.length > 0);
  // ... unless the words are an industry's whole name ("airlines and aviation", "food and beverage services")
  const wholeName = index.industries.some((ind) => {
    const own = ind.tokens.filter((t) => t !== 'and' && t !== 'or' && t !== 'of' && t !== 'the');
    return own.length === content.length && content.every((x) => own.some((y) => sameStem(x, y)));
  });
  if (conjuncts.length > 1 && !wholeName) {
    const each = conjuncts.map((g) => industriesWithWords(g, index));
    if (each.every((found) => found.length > 0)) industries = [...new Set([...industries, ...each.flat()])];
  }
  return {
    tags,
    tagLabels,
    industries,
    any: tags.length > 0 || industries.length > 0 || mentioning.length > 0,
    ...(mentioning.length > 0 ? { mentioning } : {}),
  };
}

/** True when some event's name or description says one of the forms: each word, or a word it starts (long words). */
function saidBySomeEvent(forms: readonly string[], index: ValueIndex): boolean {
  const said = (x: string): boolean =>
    index.eventWords.has(x) || (x.length > 3 && [...index.eventWords.keys()].some((k) => k.startsWith(x)));
  return forms.some((f) => f.split(' ').every(said));
}

/** The industries that hold every word (by stem), or failing that through the domain's informal synonyms. */
/** The shortest start of a word read as that word inside a theme phrase ('dev' of 'development'). */
const MIN_CLIPPED = 3;

/**
 * True when the typed word is an acronym WordNet spells out ("it": information technology, "pr": public relations)
 * and the industry holds the words it stands for, in order ("Information Technology & Services", "Public Relations
 * and Communications Services"): the acronym users type for words the data spells out. Only expansions whose
 * initials are the acronym count (WordNet's "pr" is also praseodymium).
 */
function initialsOf(typed: string, tokens: readonly string[]): boolean {
  return acronymExpansions(typed).some((words) =>
    tokens.some((_, a) => words.every((x, k) => sameStem(x, tokens[a + k] ?? ''))),
  );
}

/**
 * The longer words WordNet gives in a short word's first sense that begin with it: the word it is a clipping of, as
 * the dictionary attests ("ad": advertisement, advertising; "telecom": telecommunication). The short word is that
 * word too: "ad agencies" are the Advertising industries, not only those that write "Ad" ("Ad Network").
 */
function attestedClippingsOf(typed: string): readonly string[] {
  if (typed.length < 2 || typed.length > 7 || !/^[a-z]+$/.test(typed)) return [];
  const hit = clippingCache.get(typed);
  if (hit) return hit;
  const wn = wordNet();
  const [first] = wn.senses(typed, 'noun');
  const synset = first === undefined ? null : wn.synset(first, 'noun');
  const out =
    synset && !synset.acronyms.includes(typed)
      ? synset.words.filter((w) => /^[a-z]+$/.test(w) && w.length > typed.length && w.startsWith(typed))
      : [];
  clippingCache.set(typed, out);
  return out;
}

const clippingCache = new Map<string, readonly string[]>();

/**
 * True when the typed word is two consecutive words of the industry written as one ("cybersecurity" of "Cyber
 * Security"), or the industry writes as one word two typed apart (read by `joinedTyped`).
 */
function joinedIn(typed: string, tokens: readonly string[]): boolean {
  for (let a = 0; a + 1 < tokens.length; a++) if (`${tokens[a]}${tokens[a + 1]}` === typed) return true;
  return false;
}

/**
 * The typed words with each pair that an industry writes as one word joined ("cyber security": "cybersecurity" of
 * the industry "Cybersecurity"), null when no pair is.
 */
function joinedTyped(content: readonly string[], index: ValueIndex): string[] | null {
  for (let k = 0; k + 1 < content.length; k++) {
    const joined = `${content[k]}${content[k + 1]}`;
    if (index.industries.some((ind) => ind.tokens.includes(joined)))
      return [...content.slice(0, k), joined, ...content.slice(k + 2)];
  }
  return null;
}

/**
 * A word that is an informal theme word written together with a word of some industry's name ("cybersecurity":
 * cyber, security): the two words, null otherwise. The rest must be a whole word of an industry, four letters or more.
 */
function informalCompound(word: string, index: ValueIndex): string[] | null {
  for (const informal of Object.keys(TOPIC_SYNONYMS)) {
    const rest = word.slice(informal.length);
    if (!word.startsWith(informal) || rest.length < 4) continue;
    if (index.industries.some((ind) => ind.tokens.includes(rest))) return [informal, rest];
  }
  return null;
}

function industriesWithWords(content: readonly string[], index: ValueIndex): string[] {
  if (content.length === 0) return [];
  // "hotel companies": a kind the data's taxonomy lists under a head industry is that head's sector (`industryKinds`)
  const [only] = content;
  const kindOf = content.length === 1 && only !== undefined ? industriesOfKind(only, index) : null;
  if (kindOf) return kindOf.industries;
  const wordMatches = (x: string, tokens: string[]): boolean =>
    tokens.some((y) => sameStem(x, y)) ||
    initialsOf(x, tokens) ||
    joinedIn(x, tokens) ||
    attestedClippingsOf(x).some((w) => tokens.some((y) => sameStem(w, y)));
  // a word cut short ("software dev", "info tech") is the word of the name it starts, next to a word spelt in full
  const clippedIn = (x: string, tokens: string[]): boolean =>
    x.length >= MIN_CLIPPED && tokens.some((y) => clipsWord(x, y));
  const literal = index.industries.filter(
    (ind) =>
      content.some((x) => wordMatches(x, ind.tokens)) &&
      content.every((x) => wordMatches(x, ind.tokens) || clippedIn(x, ind.tokens)),
  );
  // "cyber security": the industries writing the two words as one too ("Cybersecurity")
  const joined = joinedTyped(content, index);
  if (joined && literal.length > 0)
    for (const ind of index.industries)
      if (!literal.includes(ind) && joined.every((x) => ind.tokens.some((y) => sameStem(x, y)))) literal.push(ind);
  // "cybersecurity": an informal word written before an industry's word is the two words
  const words = (only !== undefined && content.length === 1 && informalCompound(only, index)) || content;
  if (!words.some((x) => synonymsOf(x))) return literal.map((ind) => ind.name);
  // a phrase of several words holding an informal word ("cyber security") is also every industry spelling it with
  // that word's synonyms ("Computer and Network Security"): the same business in the data's other words, each word
  // still reached (no industry of the head word alone); one informal word alone keeps its literal reading
  if (literal.length > 0 && words.length < 2) return literal.map((ind) => ind.name);
  // informal words with no literal match ("telco companies"): one of their synonyms
  const bySynonym = index.industries
    .filter((ind) =>
      words.every(
        (x) =>
          wordMatches(x, ind.tokens) ||
          // a synonym phrase holds whole: every one of its words is a word of the industry
          (synonymsOf(x) ?? []).some((phrase) => phrase.split(' ').every((y) => wordMatches(y, ind.tokens))),
      ),
    )
    .map((ind) => ind.name);
  return [...new Set([...literal.map((ind) => ind.name), ...bySynonym])];
}
