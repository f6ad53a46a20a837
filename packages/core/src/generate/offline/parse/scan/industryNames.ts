/**
 * A company industry typed by its name as the data spells it, or by its leading words: "financial services",
 * "IT services", "defense and space manufacturing", "computer and network security". Read as one theme before the
 * lexicon splits it into a job function ("financial", "IT") and a leftover ("services"), or stops at its "and".
 * A run that is itself a lexicon phrase ("business development") or stands before a people noun ("IT services
 * managers"), or whose words are all job functions outside an industry's slot ("people in sales and marketing"),
 * keeps the lexicon's reading: there it says what people do.
 */
import { normKey } from '../../text/tokenize';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

const MAX_WORDS = 6;

/** The industries' names normalised, each with its leading words (see {@link industryNameKeys}). */
interface IndustryKeys {
  readonly of: number;
  readonly keys: ReadonlySet<string>;
}
const keysByIndex = new WeakMap<ScanState['index']['industries'], IndustryKeys>();

/**
 * Every industry name of the data normalised (`normKey`), and each run of its leading words: what
 * {@link namesIndustry} looks the typed words up in. It depends only on the data, so it is built once per value
 * index (normalising every name for every run of the question's words was half the parse of a question on a
 * database of a million people), and again only if the list has grown since.
 */
function industryNameKeys(industries: ScanState['index']['industries']): ReadonlySet<string> {
  const known = keysByIndex.get(industries);
  if (known?.of === industries.length) return known.keys;
  const keys = new Set<string>();
  for (const industry of industries) {
    const name = normKey(industry.name);
    keys.add(name);
    for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) keys.add(name.slice(0, at));
  }
  keysByIndex.set(industries, { of: industries.length, keys });
  return keys;
}

/** True when the words are an industry's name or its leading words (two or more, not ending on "and"). */
function namesIndustry(s: ScanState, words: readonly string[]): boolean {
  if (words.at(-1) === 'and') return false;
  return industryNameKeys(s.index.industries).has(words.join(' '));
}

function peopleNounAt(s: ScanState, k: number): boolean {
  return (
    LEXICON.get(s.w[k] ?? '')?.some(
      (r) =>
        (r.t === 'entity' && r.entity === 'people') || r.t === 'function' || r.t === 'seniority' || r.t === 'title',
    ) ?? false
  );
}

/** Words naming the field itself: a run beside them is an industry whatever its words. */
const FIELD_WORDS = new Set(['industry', 'industries', 'sector', 'sectors', 'vertical', 'verticals']);
/** How far before a run a field word still names it ("industry is sales and marketing"). */
const FIELD_WORD_REACH = 3;

function companyNounAt(s: ScanState, k: number): boolean {
  return LEXICON.get(s.w[k] ?? '')?.some((r) => r.t === 'entity' && r.entity === 'companies') ?? false;
}

/**
 * A run all of whose words are job functions ("sales and marketing") says what people do, unless the sentence puts
 * an industry there: a field word beside it, a noun of companies after it, or "in" after a noun of companies
 * ("companies in sales and marketing"). "people in sales and marketing", "who works in sales and marketing" and
 * "people in both sales and marketing roles" are the functions.
 */
function functionsOnly(s: ScanState, a: number, b: number): boolean {
  const words = s.w.slice(a, b).filter((x) => !['and', 'or', '&', 'n'].includes(x));
  if (!words.every((x) => LEXICON.get(x)?.some((r) => r.t === 'function'))) return false;
  const industrySlot =
    FIELD_WORDS.has(s.w[b] ?? '') ||
    companyNounAt(s, b) ||
    s.w.slice(Math.max(0, a - FIELD_WORD_REACH), a).some((x) => FIELD_WORDS.has(x)) ||
    (s.w[a - 1] === 'in' && companyNounAt(s, a - 2));
  return !industrySlot;
}

export function readIndustryNames(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    for (let len = Math.min(MAX_WORDS, w.length - i); len >= 2; len--) {
      const words = w.slice(i, i + len);
      if (!isFree(s, i, i + len) || LEXICON.has(words.join(' ')) || !namesIndustry(s, words)) continue;
      if (peopleNounAt(s, i + len) || functionsOnly(s, i, i + len)) continue;
      // "non-profit organizations": the noun of companies closing the run stays the noun asked about
      if (LEXICON.get(words.at(-1) ?? '')?.some((r) => r.t === 'entity')) continue;
      claim(s, i, i + len, { t: 'topic', words: [...words] });
      i += len - 1;
      break;
    }
  }
}
