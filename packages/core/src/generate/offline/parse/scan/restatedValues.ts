/**
 * A parenthetical that names the same kind of value as the words right before it restates them: "cybersecurity
 * vendors (computer & network security industry)" is the Computer and Network Security industry, not both that and
 * the cybersecurity theme at once (an intersection the user never asked for). The parenthetical's value is the one
 * meant (it is the precise one the user chose to add): the value before it is dropped. "Right before" is the noun
 * phrase the parenthetical follows: the value may stand before the noun it modifies ("cybersecurity vendors (...)").
 * An event or a company named again in parentheses ("the space convention (gstc)", "Amazon Web Services (amazon)")
 * restates it only when both name the same rows: a parenthetical naming another one ("ahice (seamless)") stays a
 * second name. Lists in parentheses ("(vp / director / cmo)") are `parse/scanMentions.ts`'s and
 * `exampleTitles.ts`'s; months restating a period are `restatedPeriods.ts`'s.
 */
import type { Mention } from '../Mention';
import { tokenize } from '../../text/tokenize';
import { ADDING_WORDS } from '../../lexicon/parentheticalWords';

/** Kinds of value a parenthetical may restate. */
const VALUE_KINDS: ReadonlySet<Mention['t']> = new Set([
  'topic',
  'country',
  'city',
  'state',
  'venue',
  'function',
  'seniority',
]);

/** Kinds of named item a parenthetical restates when it names the same rows. */
const NAMED_KINDS: ReadonlySet<Mention['t']> = new Set(['event', 'company']);

/** True when two mentions name some of the same event or company rows. */
function sameItem(a: Mention, b: Mention): boolean {
  if ((a.t !== 'event' && a.t !== 'company') || b.t !== a.t) return false;
  const ids = new Set(a.hit.ids);
  return b.hit.ids.some((id) => ids.has(id));
}

/** True when the mention inside the parentheses restates `m`, said before them. */
const restates = (inside: Mention, m: Mention): boolean =>
  inside.t === m.t && (VALUE_KINDS.has(m.t) || sameItem(inside, m));

/** Token spans [a, b) of the parenthesised parts of `text` (null when they cannot be placed over `n` tokens). */
export function parenthesisedSpans(text: string, n: number): [number, number][] | null {
  const parts = text.split(/([()])/);
  const spans: [number, number][] = [];
  let at = 0;
  let open: number | null = null;
  for (const part of parts) {
    if (part === '(') open = at;
    else if (part === ')') {
      if (open !== null && at > open) spans.push([open, at]);
      open = null;
    } else at += tokenize(part).length;
  }
  return at === n ? spans : null;
}

/** Mentions joining or negating values: a parenthetical holding one adds to or removes from what was said. */
const JOINING: ReadonlySet<Mention['t']> = new Set(['and', 'or', 'neg', 'both', 'other']);

/**
 * Drops a value restated by the parenthetical right after its noun phrase (`w`: the question's words). Mentions
 * sorted by start.
 */
export function dropRestatedValues(mentions: Mention[], text: string, w: readonly string[]): void {
  const spans = parenthesisedSpans(text, w.length);
  if (!spans) return;
  for (const [a, b] of spans) {
    const within = mentions.filter((m) => m.start >= a && m.end <= b);
    const inside = within.filter((m) => VALUE_KINDS.has(m.t) || NAMED_KINDS.has(m.t));
    if (inside.length === 0 || within.some((m) => JOINING.has(m.t))) continue;
    // a word outside the values that adds ("(marketing too)", "(plus banking)"): both are meant
    const read = (k: number): boolean => inside.some((m) => m.start <= k && k < m.end);
    if (w.slice(a, b).some((x, k) => !read(a + k) && ADDING_WORDS.has(x))) continue;
    // the noun phrase before the parenthetical: values and the noun they modify, nothing else between
    const before = mentions.filter((m) => m.end <= a).reverse();
    let reach = a;
    for (const m of before) {
      if (m.end !== reach && m.end < reach) {
        // a gap of unread words ends the phrase
        break;
      }
      if (m.t !== 'entity' && !VALUE_KINDS.has(m.t) && !NAMED_KINDS.has(m.t)) break;
      reach = m.start;
      if (inside.some((x) => restates(x, m))) {
        const k = mentions.indexOf(m);
        if (k >= 0) mentions.splice(k, 1);
      }
    }
  }
}

/** Values a noun phrase may hold that a field in parentheses says how to judge. */
const JUDGED_KINDS: ReadonlySet<Mention['t']> = new Set(['topic', 'country', 'city', 'state']);

/**
 * "security vendors (by industry)": a parenthetical of only "by <field>" right after a noun phrase holding a theme
 * says which field the theme is matched on, no grouping of the answer (a grouping asked in parentheses after a plain
 * noun, "sponsors of X (by industry)", stays one). The theme already reads the field a company has (its industry);
 * so does a place ("German companies (by company address)": the country of the address).
 */
export function dropRestatedFields(mentions: Mention[], text: string, w: readonly string[]): void {
  const spans = parenthesisedSpans(text, w.length);
  if (!spans) return;
  for (const [a, b] of spans) {
    const within = mentions.filter((m) => m.start >= a && m.end <= b);
    const [group, ...fields] = within;
    const last = fields.at(-1);
    if (group?.t !== 'group' || group.start !== a || !last) continue;
    // "(by industry)", "(by company address)": the field's words, a dimension or an attribute of the rows
    if (!fields.every((m) => m.t === 'dimension' || m.t === 'attribute')) continue;
    if (w.slice(a, b).length !== last.end - a) continue;
    // the noun phrase before: a theme or a place ("German companies (by company address)": where the company is
    // judged to be) and the noun it modifies, ending right at the parenthesis
    const noun = mentions.find((m) => m.end === a && m.t === 'entity');
    const value = noun && mentions.find((m) => m.end === noun.start && JUDGED_KINDS.has(m.t));
    if (!value) continue;
    for (const m of within) mentions.splice(mentions.indexOf(m), 1);
  }
}

/** The fields a judged value is matched on: a theme on a company's industry (or an event's tags), a place on its own. */
const FIELDS_OF_VALUE: Partial<Record<Mention['t'], ReadonlySet<string>>> = {
  topic: new Set(['industry', 'tag']),
  country: new Set(['country']),
  city: new Set(['city']),
  state: new Set(['state']),
};

/**
 * "which of them are food / beverage companies by industry?": "by <field>" ending the clause right after a
 * predicate noun phrase ("are <value> <noun>") whose value is matched on that very field says how the value is
 * judged, as the parenthetical "(by industry)" does (`dropRestatedFields`): no grouping. A grouping asked of a count
 * ("how many sponsors are food companies by industry") or of a list without the copula ("list food companies by
 * country") stays one; so does a field the value is not matched on ("which are german companies by industry").
 * `breaks`: the first token of each clause after the first.
 */
export function dropRestatedPredicateFields(
  mentions: Mention[],
  w: readonly string[],
  breaks: ReadonlySet<number>,
): void {
  if (mentions.some((m) => m.t === 'count')) return;
  for (const group of mentions.filter((m) => m.t === 'group')) {
    const field = mentions.find((m) => m.start === group.end && m.t === 'dimension');
    if (field?.t !== 'dimension' || (field.end < w.length && !breaks.has(field.end))) continue;
    const noun = mentions.find((m) => m.end === group.start && m.t === 'entity');
    const value = noun && mentions.find((m) => m.end === noun.start && FIELDS_OF_VALUE[m.t]);
    if (!value || !FIELDS_OF_VALUE[value.t]?.has(field.dim)) continue;
    // a predicate: "are" before the value, with only unread words ("actually", "really") between
    const copula = mentions.filter((m) => m.end <= value.start).at(-1);
    if (copula?.t !== 'copula') continue;
    for (const m of [group, field]) mentions.splice(mentions.indexOf(m), 1);
  }
}
