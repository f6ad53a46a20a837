/**
 * An exclusion said as an aside: "which partners are there at X (not sponsors)", "exhibitors, excluding the ones
 * that also sponsor", "leaving out those at A, which companies are at B?", "events in 2025 apart from X",
 * "partners that aren't sponsors". The question names a set (the main clause) and a part of it to leave out (the
 * excluded clause). Both are read as requests of their own, over the same kind of rows, and the answer is the main
 * set minus the excluded one (an `except` condition): the words after the exclusion marker never attach to whatever
 * node happens to be open (which read "partners (not sponsors)" as "partners of events without sponsors").
 *
 * The excluded clause is read as a set of the main target's kind: a pronoun ("the ones", "those") or nothing stands
 * for the target's noun ("those at A" = "companies at A", "the ones that also sponsor" = "companies that sponsor").
 * A relation said with no event of its own is at the main clause's event ("partners at X (not sponsors)": not
 * sponsors at X). When the excluded clause cannot be read as such a set (another kind of rows, a count, words left
 * over), its words are reported as not understood, so the answer is a clarification naming them, never the main
 * clause alone.
 */
import type { Cond, Node, Request } from '../ir/Request';
import {
  EXCEPTED_PRONOUNS,
  CONTRAST_MARKERS,
  EXCLUSION_MARKERS,
  KIND_EXCLUSION_MARKERS,
  UNIVERSAL_PRONOUNS,
} from '../lexicon/exclusionWords';
import { PRESENT_RESTRICTORS } from '../lexicon/missingValueWords';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';

/** Mentions an excluded clause's pronoun may be ("the ones that also sponsor", "those at A"). */
const PRONOUN = (m: Mention): boolean => m.t === 'anaphor';

const NOUN_OF: Readonly<Record<Node['entity'], string>> = {
  events: 'events',
  companies: 'companies',
  people: 'people',
  participations: 'participations',
};

/** The marker and where the excluded clause starts: an exclusion word, or "that are not <relation noun>". */
function findMarker(ms: readonly Mention[]): { at: number; mainEnd: number } | null {
  for (let k = 1; k < ms.length; k++) {
    const m = ms[k];
    if (m?.t !== 'neg') continue;
    const word = m.text.toLowerCase().replace(/\s+/g, ' ');
    if (EXCLUSION_MARKERS.has(word)) {
      // "but not" excludes a set only when a noun of rows follows ("speakers but not experts"); "at X but not at Y"
      // is a negated link the clause reading already holds
      // ... or a kind of the asked rows ("sponsors of X but not hotels": the hotels among them)
      if (CONTRAST_MARKERS.has(word) && ms[k + 1]?.t !== 'entity' && !leavesOutKind(ms, k) && !contrastedVerb(ms, k))
        continue;
      return { at: k, mainEnd: k };
    }
    if (KIND_EXCLUSION_MARKERS.has(word) && leavesOutKind(ms, k)) return { at: k, mainEnd: k };
    // "which events does X sponsor, not speak at", "... sponsor but doesn't / and not speak at": a bare negation after the
    // main relation verb contrasts a second verb of the same subject as "but not" does (read as a negated link it
    // asked for any company's sponsored events where X does not speak)
    const before = ms.slice(0, k).findLast((m) => m.t !== 'and' && m.t !== 'prep');
    if (word === 'not' && before?.t === 'relation' && contrastedVerb(ms, k)) return { at: k, mainEnd: k };
    // "partners that are not sponsors": a relation noun after a negated copula, about a relation noun before it
    const next = ms[k + 1];
    const copula = ms[k - 1];
    if (copula?.t !== 'copula' || next?.t !== 'entity' || next.relations === null) continue;
    const relpron = ms[k - 2]?.t === 'relpron' ? k - 2 : k - 1;
    const head = ms[relpron - 1];
    const subject = [...ms.slice(0, relpron)].reverse().find((x) => x.t === 'entity');
    if (
      subject?.t === 'entity' &&
      subject.relations !== null &&
      subject.entity === next.entity &&
      subject.relations.join() !== next.relations.join() &&
      head !== undefined
    )
      return { at: k, mainEnd: relpron };
  }
  return null;
}

/**
 * "events google sponsors but not speaks at": a relation verb after "but not", closing the question, with a relation
 * verb of the same subject before it (its stranded preposition aside), names the set left out of the asked one (the events the subject speaks at); read
 * as a negated link it left out the events with any speaker and lost the main verb's subject.
 */
function contrastedVerb(ms: readonly Mention[], k: number): boolean {
  const next = ms[k + 1];
  return (
    next?.t === 'relation' &&
    ms.slice(k + 2).every((m) => m.t === 'prep') &&
    ms.slice(0, k).some((m) => m.t === 'relation') &&
    ms.slice(0, k).some((m) => m.t === 'company')
  );
}

/** Mentions that pick a kind of rows before their noun ("GOVERNMENT agencies", "SALES people"). */
const KIND_MODIFIERS: ReadonlySet<Mention['t']> = new Set(['topic', 'function', 'seniority', 'title', 'cond']);

/**
 * "sponsors of X without government agencies", "people at X, no sales people": after the negation at k, what picks a
 * kind and then a plain noun of the question's own rows (no relation: "without sponsors" is a negated link) end the
 * question. The negation leaves those rows out of the asked ones; read as a link it asked for the events or companies
 * having some OTHER rows (sponsors of events that have a non-government company).
 */
function leavesOutKind(ms: readonly Mention[], k: number): boolean {
  const subject = ms.slice(0, k).find((m) => m.t === 'entity');
  const noun = ms[ms.length - 1];
  const modifiers = ms.slice(k + 1, -1);
  return (
    subject?.t === 'entity' &&
    noun?.t === 'entity' &&
    noun.relations === null &&
    noun.entity === subject.entity &&
    modifiers.length > 0 &&
    modifiers.every((m) => KIND_MODIFIERS.has(m.t))
  );
}

/**
 * A field said to be there with a restricting word ("(known country only)", "(only known country)"): a restriction of
 * the set asked for, wherever it is said; inside the excluded clause it would bring the unknown values back.
 */
function restrictsMain(m: Mention): boolean {
  return (
    m.t === 'cond' &&
    m.cond.kind === 'hasValue' &&
    !m.cond.negate &&
    m.text
      .toLowerCase()
      .split(/\s+/)
      .some((x) => PRESENT_RESTRICTORS.includes(x))
  );
}

/** The excluded clause as a scan of the main target's kind: its pronoun, or nothing, stands for the target noun. */
function excludedScan(scan: Scan, part: readonly Mention[], target: Node): Scan {
  const noun = (at: Mention | undefined): Mention => ({
    t: 'entity',
    entity: target.entity,
    relations: null,
    start: at?.start ?? 0,
    end: at?.start ?? 0,
    text: NOUN_OF[target.entity],
  });
  const pronoun = part.findIndex(PRONOUN);
  const ownNoun = part.some((m) => m.t === 'entity' && m.entity === target.entity);
  const mentions =
    pronoun >= 0
      ? [...part.slice(0, pronoun), noun(part[pronoun]), ...part.slice(pronoun + 1)]
      : ownNoun || part.some((m) => m.t === 'event' && target.entity === 'events')
        ? [...part]
        : [noun(part[0]), ...part];
  return { ...scan, mentions, ignored: [], unknownNames: [], unknownTopics: [] };
}

/** The one event node the main target is linked to, when it narrows the events (named, placed, dated). */
function scopedEvents(target: Node): Node | null {
  const links = target.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> => c.kind === 'link' && !c.negate && c.node.entity === 'events',
  );
  const [only] = links;
  return links.length === 1 && only && only.node.conds.length > 0 ? only.node : null;
}

/**
 * "partners at X (not sponsors)": a relation of the excluded set with no event of its own is at the main's event;
 * of excluded people, their companies' relation ("anyone at X except sponsors": the people of X's sponsors).
 */
/**
 * "in which events was AWS a sponsor (not speaker)", "events google sponsors but not as a speaker": a bare relation
 * noun left out of events whose link to a named company the main clause said is that company's relation, contrasted
 * (it left out every event with any speaker). The excluded events linked to the main clause's named company.
 */
function atMainParticipant(excluded: Node, main: Node): Node {
  if (excluded.entity !== 'events') return excluded;
  const named = main.conds.find(
    (c) =>
      c.kind === 'link' &&
      !c.negate &&
      c.relations.length > 0 &&
      c.node.entity === 'companies' &&
      c.node.conds.some((x) => x.kind === 'ids'),
  );
  if (named?.kind !== 'link') return excluded;
  return {
    ...excluded,
    conds: excluded.conds.map((c) =>
      c.kind === 'link' && !c.negate && c.node.entity === 'companies' && c.node.conds.length === 0
        ? { ...c, node: structuredClone(named.node) }
        : c,
    ),
  };
}

function atMainEvent(excluded: Node, main: Node): Node {
  const scope = scopedEvents(main);
  if (!scope) return excluded;
  const scoped = (node: Node): Node => ({
    ...node,
    conds: node.conds.map((c) =>
      c.kind === 'link' && !c.negate && c.node.entity === 'events' && c.node.conds.length === 0
        ? { ...c, node: structuredClone(scope) }
        : c,
    ),
  });
  if (excluded.entity === 'companies') return scoped(excluded);
  if (excluded.entity !== 'people') return excluded;
  return {
    ...excluded,
    conds: excluded.conds.map((c) =>
      c.kind === 'link' && !c.negate && c.node.entity === 'companies' ? { ...c, node: scoped(c.node) } : c,
    ),
  };
}

const UNIVERSAL_BUT = new RegExp(
  `\\b(${[...EXCEPTED_PRONOUNS].join('|')})\\b([^,.;:!?()]*?)\\s+but\\b(?!\\s+not\\b)`,
  'gi',
);

/**
 * "everybody but the sponsors", "anyone at X but the ceos": "but" after a universal or indefinite pronoun, in its clause, is
 * "except" (the exception's marker, no conjunction there), so the exclusion is read, not dropped.
 */
export function universalButAsExcept(question: string): string {
  return question.replace(UNIVERSAL_BUT, '$1$2 except');
}

/**
 * "X - everyone except sponsors and partners": a universal pronoun ranges over the kind of the rows its exception
 * names (the sponsors are companies, so "everyone" is every company there), not over people by default. Only when
 * every noun of the excepted clause is of one kind other than the pronoun's.
 */
function rangedPronouns(main: readonly Mention[], part: readonly Mention[]): Mention[] {
  const kinds = new Set(part.flatMap((m) => (m.t === 'entity' ? [m.entity] : [])));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return [...main];
  return main.map((m) =>
    m.t === 'entity' && m.entity !== kind && UNIVERSAL_PRONOUNS.has(m.text.toLowerCase())
      ? { ...m, entity: kind, relations: null, text: NOUN_OF[kind] }
      : m,
  );
}

/**
 * A follow-up that opens with the marker ("exclude the US ones", "excluding those in Singapore" after a list): no
 * main clause of its own, the earlier request is the set the part is left out of.
 */
function openingMarker(ms: readonly Mention[]): { at: number; mainEnd: number } | null {
  const m = ms[0];
  return m?.t === 'neg' && EXCLUSION_MARKERS.has(m.text.toLowerCase().replace(/\s+/g, ' ')) && ms.length > 1
    ? { at: 0, mainEnd: 0 }
    : null;
}

/**
 * Reads a question with an excluded clause: the main request with the excluded set left out, or null when the
 * question has no exclusion marker (or the main clause reads as nothing). With an earlier request, a question that
 * is only the marker and its part edits that request: its set minus the part ("exclude the US ones").
 */
export function readExclusion(
  scan: Scan,
  build: (part: Scan, withPrevious: boolean) => Request | null,
  previous: Request | null = null,
): Request | null {
  const ms = scan.mentions;
  const marker = findMarker(ms) ?? (previous ? openingMarker(ms) : null);
  if (!marker) return null;
  const after = ms.slice(marker.at + 1);
  const part = after.filter((m) => !restrictsMain(m));
  const markerWords = ms
    .slice(marker.mainEnd, marker.at + 1)
    .map((m) => m.text)
    .join(' ');
  const mainMentions = [...rangedPronouns(ms.slice(0, marker.mainEnd), part), ...after.filter(restrictsMain)];
  const main =
    mainMentions.length === 0 && previous
      ? { ...structuredClone(previous), ignored: [...scan.ignored] }
      : build({ ...scan, mentions: mainMentions }, true);
  if (!main) return null;
  const unread = (): Request => ({
    ...main,
    ignored: [...main.ignored, `${markerWords} ${part.map((m) => m.text).join(' ')}`.trim()],
  });
  if (part.length === 0) return unread();
  const excluded = build(excludedScan(scan, part, main.target), false);
  if (
    !excluded ||
    excluded.shape.kind !== 'list' ||
    excluded.ignored.length > 0 ||
    excluded.target.entity !== main.target.entity ||
    excluded.target.conds.length === 0
  )
    return unread();
  const node = atMainParticipant(atMainEvent(excluded.target, main.target), main.target);
  const target = atExcludedEvent(main.target, node);
  return { ...main, target: { ...target, conds: [...target.conds, { kind: 'except', node }] } };
}

/**
 * "sponsors but not speakers at X", "partners rather than sponsors at X": the event closing the message is the
 * place of both relations contrasted (it was the excluded relation's only: every sponsor of any event not speaking
 * at X, a broader set). Only when the main clause names a relation at no event of its own and the excluded clause
 * names another relation at one scoped event; a main clause of any relation ("companies at events but not at X")
 * keeps its own reading.
 */
function atExcludedEvent(main: Node, excluded: Node): Node {
  const scope = scopedEvents(excluded);
  const bare = main.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> =>
      c.kind === 'link' && !c.negate && c.node.entity === 'events' && c.node.conds.length === 0,
  );
  const [link] = bare;
  if (!scope || bare.length !== 1 || !link || link.relations.length === 0 || scopedEvents(main)) return main;
  const excludedLink = excluded.conds.find((c) => c.kind === 'link' && !c.negate && c.node.entity === 'events');
  if (excludedLink?.kind !== 'link' || excludedLink.relations.join() === link.relations.join()) return main;
  return { ...main, conds: main.conds.map((c) => (c === link ? { ...link, node: structuredClone(scope) } : c)) };
}
