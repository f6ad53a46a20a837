import type { Relation } from '../../ir/Request';
import { OTHERWISE_WORDS } from '../../lexicon/relationWords';
import type { Mention } from '../Mention';
import { isTypingSlip } from '../../text/typoTies';

/**
 * "sponsors or exhibitors", "sponsoring and exhibiting at": one mention with both relations (their union, the list
 * convention). Said with "both ... and" or "as well as" between them, each relation must hold: the mention keeps
 * them apart in `each` (one link per relation, `parse/build/closeLinks.ts`), verbs and nouns alike.
 */
export function mergeRelationLists(mentions: Mention[], w: readonly string[] = []): void {
  mergeListedRelationNouns(mentions, w);
  for (let k = 0; k + 2 < mentions.length; k++) {
    const a = mentions[k];
    const conj = mentions[k + 1];
    const b = mentions[k + 2];
    // "sponsors as well as partners": a joiner read as "both" standing between the two is their "and", both holding
    const bothBetween = conj?.t === 'both';
    if (!a || !conj || !b || (conj.t !== 'and' && conj.t !== 'or' && !bothBetween)) continue;
    const bothNouns =
      a.t === 'entity' &&
      b.t === 'entity' &&
      a.entity === 'companies' &&
      b.entity === 'companies' &&
      a.relations &&
      b.relations &&
      a.relations.length > 0 &&
      b.relations.length > 0;
    const bothVerbs = a.t === 'relation' && b.t === 'relation' && a.relations.length > 0 && b.relations.length > 0;
    if (!bothNouns && !bothVerbs) continue;
    const union = [
      ...new Set([...(a as { relations: Relation[] }).relations, ...(b as { relations: Relation[] }).relations]),
    ];
    // "both sponsoring and exhibiting at X", "both sponsors and partners": each relation must hold (kept apart for
    // the builder)
    const intersect = (conj.t === 'and' && mentions[k - 1]?.t === 'both') || bothBetween;
    if (intersect && (a.t === 'relation' || a.t === 'entity') && (b.t === 'relation' || b.t === 'entity')) {
      const first = a.each ?? [a.relations ?? []];
      a.each = [...first, b.relations ?? []];
    }
    (a as { relations: Relation[] }).relations = union;
    a.end = b.end;
    a.text = `${a.text} ${conj.text} ${b.text}`;
    mentions.splice(k + 1, 2);
    k--;
  }
}

/**
 * "partners, sponsors, exhibitors at X", "partners sponsors at X", "partners an sponsors of X": relation nouns of
 * companies listed side by side (commas, or nothing, between them) or joined by a slip of "and" are a list, so their
 * union as with "and" (read one by one, each noun was a set of companies among the next one's: an intersection). A
 * word between them that is anything else leaves them apart.
 * @param w the question's words (a word between two nouns is read only when it is a slip of "and")
 */
function mergeListedRelationNouns(mentions: Mention[], w: readonly string[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (!relationNoun(a) || !relationNoun(b) || a.each || b.each) continue;
    const between = w.slice(a.end, b.start);
    if (b.start < a.end || !between.every((x) => x !== 'and' && isTypingSlip(x, 'and'))) continue;
    if (between.length > 1) continue;
    a.relations = [...new Set([...(a.relations ?? []), ...(b.relations ?? [])])];
    a.text = [a.text, ...between.map(() => 'and'), b.text].join(' ');
    a.end = b.end;
    mentions.splice(k + 1, 1);
    k--;
  }
}

/** A relation said by a verb or a relation noun of companies. */
function relationMember(m: Mention | undefined): boolean {
  return (
    m !== undefined && (m.t === 'relation' || (m.t === 'entity' && m.entity === 'companies' && m.relations !== null))
  );
}

/**
 * "exhibiting, sponsoring or otherwise attending", "exhibiting or otherwise involved in X": the last member, after
 * "otherwise", is any other way of taking part, so the whole list is taking part in any role: one mention of any
 * relation (the members before it are ways of it). The adverb is read, and leaves the words reported as unread.
 * @param w the question's words
 * @param ignored the words reported as unread ("otherwise" is taken out once read)
 */
export function readOtherwiseLists(mentions: Mention[], w: readonly string[], ignored: string[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const last = mentions[k];
    const conj = mentions[k - 1];
    if (!last || last.t !== 'relation' || last.relations.length > 0 || !OTHERWISE_WORDS.has(w[last.start - 1] ?? ''))
      continue;
    if (!conj || (conj.t !== 'or' && conj.t !== 'and') || conj.end !== last.start - 1) continue;
    // the members before the joining word: relation verbs or nouns, side by side or joined
    let first = k - 2;
    if (!relationMember(mentions[first])) continue;
    while (first > 0) {
      const before = mentions[first - 1];
      if (relationMember(before)) first--;
      else if ((before?.t === 'or' || before?.t === 'and') && relationMember(mentions[first - 2])) first -= 2;
      else break;
    }
    const head = mentions[first];
    if (!head) continue;
    const merged: Mention = {
      start: head.start,
      end: last.end,
      text: mentions
        .slice(first, k + 1)
        .map((m) => m.text)
        .join(' '),
      t: 'relation',
      relations: [],
      ambiguous: false,
    };
    mentions.splice(first, k + 1 - first, merged);
    const at = ignored.indexOf(w[last.start - 1] ?? '');
    if (at >= 0) ignored.splice(at, 1);
    k = first;
  }
}

/** Prepositions between a relation noun and its event ("the partners for X", "sponsors of X", "speakers at X"). */
const OF_EVENT: ReadonlySet<string> = new Set(['for', 'of', 'at', 'in']);

/**
 * "the partners for #DMWF Asia and the sponsors too": a second relation noun joined after the first one's event, with
 * no event of its own, is another relation at the same event: the list of both (their union), as "partners and
 * sponsors of X". Read alone it was a condition of the event ("with sponsors among companies"). Only when nothing but
 * the answer's fields follows it.
 */
export function mergeTrailingRelationNouns(mentions: Mention[]): void {
  for (let k = 0; k + 4 < mentions.length; k++) {
    const [a, prep, event, conj, b] = mentions.slice(k, k + 5);
    if (!relationNoun(a) || !relationNoun(b) || prep?.t !== 'prep' || event?.t !== 'event') continue;
    if (!OF_EVENT.has(prep.text.toLowerCase()) || conj?.t !== 'and') continue;
    if (mentions.slice(k + 5).some((m) => m.t !== 'attribute')) continue;
    a.relations = [...new Set([...(a.relations ?? []), ...(b.relations ?? [])])];
    a.text = `${a.text} and ${b.text}`;
    mentions.splice(k + 3, 2);
  }
}

/** A relation noun of companies ("partners", "sponsors"). */
function relationNoun(m: Mention | undefined): m is Extract<Mention, { t: 'entity' }> {
  return m?.t === 'entity' && m.entity === 'companies' && (m.relations?.length ?? 0) > 0;
}
