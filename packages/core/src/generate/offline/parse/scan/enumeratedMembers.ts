/**
 * A parenthetical enumeration of a noun's members restates the noun: "senior mktg ppl (vp / director / cmo)" are
 * the marketing people who are VPs, directors or CMOs. The members are one union (a rank listed beside a chief title
 * is no second condition that must also hold: "VP and CMO" holds for nobody), and the vaguer qualifier they restate
 * ("senior") gives way to them. A chief title ("CMO", "CFO") among ranks is the C-level rank of the function the noun
 * already states ("marketing" people): the list is then one seniority condition. When the noun states no function,
 * or the parenthesis holds anything but ranks and chief titles, the words are left to the other readers.
 */
import { classifySeniority } from '@musaeid/db';
import type { Seniority, TitleMatch } from '../../ir/Request';
import { tokenize } from '../../text/tokenize';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';
import { spanText } from './ScanState';

/** A parenthesis and what it holds. */
const PARENTHESIS = /\(([^()]*)\)/g;
/** A chief title's label: "CEO", "CMO", "CHRO". */
const CHIEF_LABEL = /^C[A-Z]{1,3}O$/;

type Member = Extract<Mention, { t: 'seniority' } | { t: 'title' }>;

const isChief = (m: Mention): boolean => m.t === 'title' && CHIEF_LABEL.test(m.word.label);

export function readEnumeratedMembers(s: ScanState, text: string): void {
  for (const p of text.matchAll(PARENTHESIS)) {
    const start = tokenize(text.slice(0, p.index)).length;
    const end = start + tokenize(p[1] ?? '').length;
    const inside = s.mentions.filter((m) => m.start >= start && m.end <= end);
    // "(VP, SVP, EVP)": another title is a member too; of a listed rank by the data's own rule it adds nothing to it
    const members = inside.filter((m): m is Member => m.t === 'seniority' || m.t === 'title');
    if (
      members.length < 2 ||
      inside.some((m) => m.t !== 'seniority' && m.t !== 'title' && m.t !== 'or' && m.t !== 'and')
    )
      continue;
    // the noun restated: the words right before the parenthesis that describe people (qualifiers, function, noun)
    const noun: Mention[] = [];
    for (let at = start; ;) {
      const m = s.mentions.find(
        (x) =>
          x.end === at && (x.t === 'seniority' || x.t === 'function' || (x.t === 'entity' && x.entity === 'people')),
      );
      if (!m) break;
      noun.push(m);
      at = m.start;
    }
    if (noun.length === 0) continue;
    const statesFunction = noun.some((m) => m.t === 'function');
    if (members.some(isChief) && !statesFunction) continue;
    const values = new Set<Seniority>();
    for (const m of members)
      if (m.t === 'seniority') for (const v of m.values) values.add(v);
      else if (isChief(m)) values.add('c_level');
    if (values.size === 0) continue;
    // a title of no listed rank stays an alternative of the ranks ("(VP, founder)": a VP, or a title saying founder)
    const orTitles: TitleMatch[] = members.flatMap((m) => {
      if (m.t !== 'title' || isChief(m)) return [];
      const level = classifySeniority(m.word.label);
      if (level !== null && values.has(level)) return [];
      return [{ label: m.word.label, patterns: [...m.word.patterns], exclude: [...(m.word.exclude ?? [])] }];
    });
    // the members replace the words inside the parenthesis and the vaguer rank they restate
    const restated = noun.filter((m) => m.t === 'seniority');
    for (const m of [...inside, ...restated]) s.mentions.splice(s.mentions.indexOf(m), 1);
    s.mentions.push({
      start,
      end,
      text: spanText(s.tokens, start, end),
      t: 'seniority',
      values: [...values],
      noun: true,
      ...(orTitles.length > 0 ? { orTitles } : {}),
    });
    for (const m of restated) for (let k = m.start; k < m.end; k++) s.claimed[k] = true;
  }
}

/** The words of a list: items split at commas, slashes, "or" and "and". */
const ITEM_BREAK = /\s*(?:,|\/|\bor\b|\band\b)\s*/i;

/**
 * Whether a parenthesis set off with commas ("(vp, director or cmo)") lists ranks and chief titles only, with no
 * word of examples ("e.g.", "etc", "such as"): it is then an enumeration read by `readEnumeratedMembers`, not an
 * aside of examples to drop. `isRank` says whether a phrase is a rank or a title of the vocabulary.
 */
export function isMemberList(inner: string, isRank: (phrase: string) => boolean): boolean {
  if (/\b(etc|e\.?g|i\.?e|such as|like|for example)\b/i.test(inner)) return false;
  const items = inner
    .split(ITEM_BREAK)
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x !== '');
  return items.length >= 2 && items.every(isRank);
}
