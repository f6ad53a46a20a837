/**
 * "what share of sponsors are from Singapore, as a percentage", "what proportion of the events in 2025 are in Asia",
 * "the percentage of sponsors of X that are banks": a noun of a share (`SHARE_NOUNS`) before "of" and a set, then a
 * property said of the set (after "are / is / that / have" or a relation verb). The answer is how many of the set have
 * the property, how many there are in all, and the percentage (a `share` shape): never a refusal about a "share"
 * column, and never the set narrowed to the property as if that were the question.
 *
 * Read by grammar, like an exclusion (`exclusions.ts`): the set is read alone, then the set with the property; the
 * conditions the second adds are the property. When they do not line up (another kind of rows, a count, words left
 * over), no share is read and the question goes the usual way (the share noun asked about).
 */
import type { Request } from '../ir/Request';
import { SHARE_FORM_WORDS, SHARE_NOUNS } from '../lexicon/aggregateWords';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';

/** Mentions that open the property said of the set ("sponsors ARE from", "events THAT are", "companies SPONSOR"). */
const PROPERTY_OPENERS: ReadonlySet<Mention['t']> = new Set(['copula', 'relpron', 'relation']);

/** Verbs of having that open a property ("what share of sponsors HAVE more than 500 staff"). */
const HAVING: ReadonlySet<string> = new Set(['have', 'has', 'had']);

const key = (x: unknown): string => JSON.stringify(x);

/**
 * Reads a share question: the set's request with a `share` shape, or null when the question asks none (or its parts
 * do not read as a set and a property of it).
 * @example readShare(scan, build) // for "what share of sponsors are from singapore": share of sponsors, part in Singapore
 */
export function readShare(scan: Scan, build: (part: Scan) => Request | null): Request | null {
  const { tokens, mentions } = scan;
  const covered = (k: number): boolean => mentions.some((m) => m.start <= k && k < m.end);
  // "of" read as the preposition after the noun (the parts read alone below hold neither, so they read no share)
  const ofAt = (k: number): boolean => mentions.some((m) => m.t === 'prep' && m.p === 'of' && m.start === k);
  const at = tokens.findIndex((t, k) => SHARE_NOUNS.has(t.norm) && !covered(k) && ofAt(k + 1));
  if (at < 0) return null;
  const after = mentions.filter((m) => m.start >= at + 2).sort((x, y) => x.start - y.start);
  const having = tokens.findIndex((t, k) => k > at + 2 && HAVING.has(t.norm) && !covered(k));
  const opener = after.find((m, j) => j > 0 && PROPERTY_OPENERS.has(m.t));
  const split = Math.min(opener?.start ?? Infinity, having < 0 ? Infinity : having);
  if (!Number.isFinite(split)) return null;
  const set = after.filter((m) => m.start < split);
  const property = after.filter((m) => m.start >= split);
  const alone = (ms: Mention[]): Scan => ({ ...scan, mentions: ms, ignored: [], unknownNames: [], unknownTopics: [] });
  const main = build(alone(set));
  const whole = build(alone([...set, ...property]));
  if (!main || !whole || main.shape.kind !== 'list' || whole.shape.kind !== 'list') return null;
  if (main.target.entity !== whole.target.entity || main.ignored.length > 0 || whole.ignored.length > 0) return null;
  const kept = new Set(main.target.conds.map(key));
  const wholeConds = new Set(whole.target.conds.map(key));
  if (main.target.conds.some((c) => !wholeConds.has(key(c)))) return null;
  const part = whole.target.conds.filter((c) => !kept.has(key(c)));
  if (part.length === 0) return null;
  // the share's own words, and a restatement of its form after the question ("..., as a percentage"), are read
  const shareWords = new Set(
    tokens
      .filter((t, k) => !covered(k) && (SHARE_NOUNS.has(t.norm) || (k > split && SHARE_FORM_WORDS.has(t.norm))))
      .map((t) => t.raw),
  );
  return {
    ...main,
    shape: { kind: 'share', part: { entity: main.target.entity, conds: part } },
    ignored: scan.ignored.filter((x) => !shareWords.has(x)),
  };
}
