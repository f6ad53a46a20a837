/**
 * Names joined by "and" / "or" are of one kind: "companies at both Aviation Fest and DMWF" joins two events, though
 * "DMWF" alone is also a company's name (the organiser of "#DMWF Asia"). A name read as one kind whose partner across
 * the coordinator is of the other kind is read as that kind, when its words name exactly one value of it (as a name
 * of the data, or loosely: `looseNames.ts`). Runs over the sorted mentions, once every recogniser has read them.
 */
import { normKey } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import type { Mention, MentionBody } from '../Mention';
import { matchLooseName } from './looseNames';

type Named = Mention & { t: 'event' | 'company' };

const isNamed = (m: Mention | undefined): m is Named => m?.t === 'event' || m?.t === 'company';
const isCoordinator = (m: Mention | undefined): boolean => m?.t === 'and' || m?.t === 'or';
/** A name read with the coordinator after it inside its span ("aviation fest and"). */
const endsCoordinated = (m: Mention): boolean => /\s(?:and|or|&)$/i.test(m.text);
/** A name read with the coordinator before it inside its span ("and cyber security world"). */
const startsCoordinated = (m: Mention): boolean => /^(?:and|or|&)\s/i.test(m.text);

/** The named mention joined to mentions[k] by a coordinator, before or after it. */
function partnerOf(mentions: readonly Mention[], k: number): Named | null {
  const m = mentions[k];
  if (!m) return null;
  const before = mentions[k - 1];
  if (isNamed(before) && before.end === m.start && (endsCoordinated(before) || startsCoordinated(m))) return before;
  const beforeTwo = mentions[k - 2];
  if (isCoordinator(before) && isNamed(beforeTwo)) return beforeTwo;
  const after = mentions[k + 1];
  const afterTwo = mentions[k + 2];
  if (isCoordinator(after) && isNamed(afterTwo)) return afterTwo;
  if (isNamed(after) && after.start === m.end && (endsCoordinated(m) || startsCoordinated(after))) return after;
  return null;
}

/** The one value of `kind` the words name, or null (none, or several). */
function readingAs(kind: 'event' | 'company', words: string, index: ValueIndex): MentionBody | null {
  const exact = (kind === 'event' ? index.events : index.companies).get(words);
  if (exact && exact.ids.length > 0)
    return kind === 'event' ? { t: 'event', hit: exact } : { t: 'company', hit: exact };
  const loose = matchLooseName(words.split(' '), index).filter((b) => b.t === kind);
  const [only] = loose;
  return loose.length === 1 && only ? only : null;
}

export function readCoordinatedNames(mentions: Mention[], index: ValueIndex): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!isNamed(m)) continue;
    const partner = partnerOf(mentions, k);
    if (!partner || partner.t === m.t) continue;
    const words = normKey(m.text.replace(/\s(?:and|or|&)$/i, '').replace(/^(?:and|or|&)\s/i, ''));
    const body = readingAs(partner.t, words, index);
    if (body) mentions[k] = { start: m.start, end: m.end, text: m.text, ...body };
  }
}

/**
 * A name asked about because it names both a company and an event ("dmwf": `values.ts`) is the reading of its
 * partner's kind when another name is joined to it ("both aviation fest and dmwf": two events). Runs before the
 * unclear mentions are reported, so a name the coordination settles is not asked about.
 */
export function settleCoordinatedNames(mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.t !== 'unclear' || m.about !== 'name') continue;
    const partner = partnerOf(mentions, k);
    const pick = partner ? m.options.find((o) => o.t === partner.t) : undefined;
    if (pick) mentions[k] = { start: m.start, end: m.end, text: m.text, ...pick };
  }
}
