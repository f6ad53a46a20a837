/**
 * A general noun that the thing just read is a kind of ("contacts who hold the chief technology officer role", "whose
 * position is CFO", "in the CEO job", "the Suntec venue", "the Seamless Asia gathering"): said beside a mention of a
 * role, a venue, an event or a company, a noun having among its WordNet senses one of the synsets naming that kind
 * (`lexicon/kindNounWords.ts`) names the same thing again and adds no condition. It was asked back as an unread word
 * though the question was clear. "Beside" is right after the mention, or before it joined by "of", "as" or a form of
 * "be" ("the role of CTO", "whose role is CTO"). A narrower noun ("vacancy", "directorship"), or any word that is no
 * such noun ("former", "left"), stays unread and is asked about.
 */
import { KIND_NOUN_ANCHORS, type MentionKind } from '../../lexicon/kindNounWords';
import { BE_FORMS } from '../../lexicon/auxiliaryWords';
import { nounLemma, wordNet } from '../../text/language';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** The kind of thing each mention type reads. */
const KIND_OF: Partial<Record<Mention['t'], MentionKind>> = {
  title: 'role',
  function: 'role',
  seniority: 'role',
  venue: 'venue',
  event: 'event',
  company: 'company',
};

/** The kind of thing a mention reads, when a general noun may name it ("Suntec": a venue). */
export function kindOfMention(m: Mention): MentionKind | undefined {
  return KIND_OF[m.t];
}

/** Words joining a general noun to the mention after it ("the role of CTO", "whose post is CFO", "the job as CTO"). */
const JOINS: ReadonlySet<string> = new Set(['of', 'as', ...BE_FORMS]);

const cache = new Map<string, ReadonlySet<MentionKind>>();

/**
 * The kinds a noun is a general word for: those with an anchor synset among the senses of the noun or its lemma.
 * @example kindsNamedBy('role') // Set { 'role' }
 * @example kindsNamedBy('vacancy') // Set {} (a kind of post, narrower than one)
 */
export function kindsNamedBy(word: string): ReadonlySet<MentionKind> {
  const hit = cache.get(word);
  if (hit) return hit;
  const wn = wordNet();
  const synsets = [...new Set([word, nounLemma(word)])].flatMap((x) =>
    wn.senses(x, 'noun').map((o) => wn.synset(o, 'noun').words),
  );
  const kinds = new Set<MentionKind>();
  for (const [kind, anchors] of Object.entries(KIND_NOUN_ANCHORS) as [
    MentionKind,
    (typeof KIND_NOUN_ANCHORS)[MentionKind],
  ][])
    if (anchors.some((a) => synsets.some((ws) => ws.includes(a.word) && (a.with ?? []).every((x) => ws.includes(x)))))
      kinds.add(kind);
  cache.set(word, kinds);
  return kinds;
}

/** Drops each unread general noun beside a mention of the kind it names, from the unread words (`ignored`). */
export function releaseKindNouns(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  const kindAt = (pred: (m: Mention) => boolean): MentionKind[] =>
    s.mentions.flatMap((m) => (pred(m) && KIND_OF[m.t] !== undefined ? [KIND_OF[m.t] as MentionKind] : []));
  for (let j = ignoredAt.length - 1; j >= 0; j--) {
    const k = ignoredAt[j] ?? -1;
    const word = s.w[k] ?? '';
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const joined = JOINS.has(s.w[k + 1] ?? '') && !ignoredAt.includes(k + 1) ? k + 2 : -1;
    const beside = [...kindAt((m) => m.end === k), ...kindAt((m) => m.start === joined)];
    const named = kindsNamedBy(word);
    if (!beside.some((kind) => named.has(kind))) continue;
    s.claimed[k] = true;
    ignored.splice(j, 1);
    ignoredAt.splice(j, 1);
  }
}
