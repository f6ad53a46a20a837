/**
 * A job function word typed as the field of a rank noun ("operations managers", "sales directors", "heads of sales",
 * "VPs of marketing", "sales and marketing directors") says what the person's title says: the rank's level and the
 * field's word in the title, in either order ("Operations Manager", "Director of Sales and Marketing", "VP Sales").
 *
 * Why not the function and the level: a function is derived from the whole title by broad rules, and a rank said
 * with a field word names the job the title states, not everyone the rules file there. Operations holds front
 * office, events, projects and plant managers, so "operations managers" read as the function at manager level
 * answered every "Event Manager" and "Plant Manager" (172 people in the US where 27 titles say operations manager);
 * sales holds business development and account directors, who are in sales but are no "sales directors". The level
 * stays the derived one (the conventions' "the word director", VP for vice president / SVP / EVP), so the rank is read
 * as it is everywhere else.
 *
 * The data decides when: the field word is the title's word only when some title of that level says it (the level by
 * `classifySeniority`, the ingestion's own rule). Where no title does ("legal managers": compliance managers and
 * counsel, none titled legal), the words can only describe the function and the level, and are read so.
 *
 * A role inside a function said as a field ("VPs of sales or business development", "procurement managers") is one too,
 * with the words of its title.
 *
 * Group nouns of several levels ("sales leaders", "marketing decision makers") and role nouns ("sales engineers",
 * `functionRoles.ts`) are not ranks of one title and keep their readings.
 */
import { classifySeniority } from '@musaeid/db';
import type { Seniority, TitleMatch } from '../../ir/Request';
import { ROLE_TITLE_FUNCTIONS, TITLE_ABBREVIATIONS } from '../../lexicon/jobWords';
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import { spanText, type ScanState } from './ScanState';

type MentionOf<T extends Mention['t']> = Extract<Mention, { t: T }>;

/** A field of a rank: the words its title says, and how the interpretation names it. */
interface Field {
  mention: Mention;
  label: string;
  patterns: string[];
}

/** Levels a title states with one rank word ("manager", "director", "head", "vice president"). */
const TITLE_RANKS: ReadonlySet<Seniority> = new Set(['manager', 'director', 'head', 'vp']);

/** The forms of a typed field in titles: itself and its short or long form ("ops": operations, "hr": human resources). */
function forms(typed: string): string[] {
  const abbreviated = TITLE_ABBREVIATIONS.find((f) => f.includes(typed));
  return abbreviated ? [...abbreviated] : [typed];
}

/** The rank: a seniority noun of one level a title states ("managers", "heads of"). */
function rankAt(m: Mention | undefined): MentionOf<'seniority'> | null {
  if (m?.t !== 'seniority' || m.values.length !== 1 || m.orFunctions || m.orTitles || m.ofFunctions || m.ofTitles)
    return null;
  return TITLE_RANKS.has(m.values[0] as Seniority) ? m : null;
}

/**
 * A field: a function word naming no people by itself ("sales", "ops", "customer success"), or a role inside a
 * function ("business development", "procurement").
 */
function fieldAt(s: ScanState, m: Mention | undefined): Field | null {
  if (!m) return null;
  const typed = s.w.slice(m.start, m.end).join(' ');
  if (m.t === 'function' && !m.noun && !m.all && m.values.length === 1) {
    // a field of two letters is an acronym ("HR", "IT"), shown as titles write it
    const label = typed.length <= 2 ? typed.toUpperCase() : typed;
    return { mention: m, label, patterns: forms(typed) };
  }
  // a role inside a function, read as a title or, joined to a function word, as that function (`coordinatedRoles`)
  const role = ROLE_TITLE_FUNCTIONS.has(typed) ? LEXICON.get(typed)?.find((r) => r.t === 'title') : undefined;
  if (role?.t === 'title' && (m.t === 'title' || m.t === 'function') && !role.word.exclude?.length)
    return { mention: m, label: role.word.label, patterns: [...role.word.patterns] };
  return null;
}

/** True when a title (as the index holds it: lower case, words one space apart) says one of the forms as whole words. */
function says(title: string, patterns: readonly string[]): boolean {
  const padded = ` ${title} `;
  return patterns.some((p) => padded.includes(` ${p} `));
}

const isJoin = (m: Mention | undefined): boolean => m?.t === 'and' || m?.t === 'or';

/**
 * The fields joined by "and" / "or" (a slash reads as "or") around the rank: those ending right before it ("sales and
 * marketing directors"), else those right after it and "of" ("heads of sales and marketing"); with their joins.
 */
function fieldRunOf(s: ScanState, rank: MentionOf<'seniority'>): { fields: Field[]; joins: Mention[] } {
  const endingAt = (k: number): Mention | undefined => s.mentions.find((x) => x.end === k && x.start < k);
  const startingAt = (k: number): Mention | undefined => s.mentions.find((x) => x.start === k && x.end > k);
  const last = rank.noun ? fieldAt(s, endingAt(rank.start)) : null;
  if (last) {
    const fields = [last];
    const joins: Mention[] = [];
    for (;;) {
      const join = endingAt(fields[0]?.mention.start ?? 0);
      const field = join && isJoin(join) ? fieldAt(s, endingAt(join.start)) : null;
      if (!join || !field) return { fields, joins };
      fields.unshift(field);
      joins.push(join);
    }
  }
  // "heads of" is one seniority phrase; "vps of", "directors of" a rank noun and the preposition
  const of = startingAt(rank.end);
  const afterOf = rank.text.toLowerCase().endsWith(' of')
    ? rank.end
    : of?.t === 'prep' && of.p === 'of'
      ? of.end
      : null;
  const first = afterOf === null ? null : fieldAt(s, startingAt(afterOf));
  if (!first) return { fields: [], joins: [] };
  const fields = [first];
  const joins: Mention[] = of?.t === 'prep' && afterOf === of.end ? [of] : [];
  for (;;) {
    const join = startingAt(fields.at(-1)?.mention.end ?? 0);
    const field = join && isJoin(join) ? fieldAt(s, startingAt(join.end)) : null;
    if (!join || !field) return { fields, joins };
    fields.push(field);
    joins.push(join);
  }
}

/** Reads the fields as the rank's (`ofTitles`), when a title of the rank's level says each of them. */
function readFields(s: ScanState, rank: MentionOf<'seniority'>, fields: Field[], joins: Mention[]): void {
  const level = rank.values[0] as Seniority;
  // every field must be a title's word at that level: "legal and compliance managers" with no title saying legal
  // stays the functions
  const used = fields.every((f) =>
    s.index.titleTexts.some((title) => says(title, f.patterns) && classifySeniority(title) === level),
  );
  if (!used || fields.length === 0) return;
  const field: TitleMatch = {
    label: fields.map((f) => f.label).join(' or '),
    patterns: [...new Set(fields.flatMap((f) => f.patterns))],
    exclude: [],
  };
  const taken = [...fields.map((f) => f.mention), ...joins];
  for (const m of taken) s.mentions.splice(s.mentions.indexOf(m), 1);
  // the rank mention covers its field's words now
  const start = Math.min(rank.start, ...taken.map((m) => m.start));
  const end = Math.max(rank.end, ...taken.map((m) => m.end));
  s.mentions.splice(s.mentions.indexOf(rank), 1, {
    ...rank,
    start,
    end,
    text: spanText(s.tokens, start, end),
    ofTitles: [field],
  });
}

export function readRankFields(s: ScanState): void {
  for (const m of [...s.mentions]) {
    const rank = rankAt(m);
    if (!rank || !s.mentions.includes(rank)) continue;
    const { fields, joins } = fieldRunOf(s, rank);
    readFields(s, rank, fields, joins);
  }
}
