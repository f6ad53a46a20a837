/**
 * A theme typed by its initials, joined as its name joins its words: "o&g" (read "o and g") for Oil & Gas, "m&e" for
 * Media & Entertainment. The initialisms are derived from the theme vocabulary itself (the event tags' labels of two
 * or more parts joined by "&", "," or "and"), never listed: an initialism is each part's first letter, in order.
 * Letters that several labels share ("a&a": Aviation & Aerospace, Agriculture & Agritech) name none of them (the
 * words are then asked about); the tagger's own keywords ("f and b" for food) are read before this, so a keyword
 * wins over a derived initialism.
 */
import { tokenize } from '../text/tokenize';
import type { ValueIndex } from '../values/ValueIndex';

/** What joins the parts of a label ("Oil & Gas", "Home, Furniture & Interiors"). */
const LABEL_JOINS = /\s*(?:&|,|\band\b)\s*/i;
/** The typed joining words between initials (the tokenizer reads "&" and "+" as "and"). */
const JOIN = 'and';

const cache = new WeakMap<ValueIndex, ReadonlyMap<string, readonly InitialledLabel[]>>();

/** A tag label of several parts, with its words ("Oil & Gas": oil and gas). */
export interface InitialledLabel {
  label: string;
  words: readonly string[];
}

/** The tag labels of the index by their initials ("og": Oil & Gas). */
function initialisms(index: ValueIndex): ReadonlyMap<string, readonly InitialledLabel[]> {
  const hit = cache.get(index);
  if (hit) return hit;
  const out = new Map<string, InitialledLabel[]>();
  for (const t of index.tags) {
    const parts = t.label.split(LABEL_JOINS).filter((p) => p.trim() !== '');
    if (parts.length < 2) continue;
    const letters = parts.map((p) => p.trim()[0]?.toLowerCase() ?? '').join('');
    const words = tokenize(t.label).map((x) => x.norm);
    out.set(letters, [...(out.get(letters) ?? []), { label: t.label, words }]);
  }
  cache.set(index, out);
  return out;
}

/**
 * Every tag label whose initials these letters are, in the order of the tags.
 * @example labelsOfInitials('aa', index).map((l) => l.label) // ['Aviation & Aerospace', 'Agriculture & Agritech']
 */
export function labelsOfInitials(letters: string, index: ValueIndex): readonly InitialledLabel[] {
  return initialisms(index).get(letters) ?? [];
}

/**
 * The words of the theme whose initials these are ("o and g" -> oil and gas), or null: the words must be single
 * letters joined by "and", one per part of one tag's label.
 * @example themeOfInitials(['o', 'and', 'g'], index) // ['oil', 'and', 'gas']
 */
export function themeOfInitials(words: readonly string[], index: ValueIndex): readonly string[] | null {
  if (words.length < 3 || words.length % 2 === 0) return null;
  const letters: string[] = [];
  for (const [k, x] of words.entries()) {
    if (k % 2 === 1 ? x !== JOIN : !/^[a-z]$/.test(x)) return null;
    if (k % 2 === 0) letters.push(x);
  }
  const labels = labelsOfInitials(letters.join(''), index);
  return labels.length === 1 ? (labels[0]?.words ?? null) : null;
}
