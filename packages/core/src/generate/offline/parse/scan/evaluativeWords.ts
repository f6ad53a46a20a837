/**
 * "give me the best leads", "show me the good ones", "what's hot right now", "which events are worth going to": a word
 * grading rows by merit (`EVALUATIVE_WORDS`) that no reader took names no measure the data holds. It is asked about,
 * naming the measures the rows asked for can be ranked by (`RANKABLE_MEASURES`: those of the kind of row the question
 * names, or of every kind when it names none), and never dropped: read as filler, "the best leads" was every person.
 * Runs after every reader of rankings and figures, so a word they read ("top 5 events", "top companies by revenue")
 * is theirs, and never on the conversation's own words ("all the best").
 */
import type { EntityKind } from '../../ir/Request';
import { EVALUATIVE_WORDS, RANKABLE_MEASURES } from '../../lexicon/evaluativeWords';
import { claim, type ScanState } from './ScanState';

/** Words opening the clause a predicative grade is said of ("great if", "good to know"). */
const CLAUSE_AFTER: ReadonlySet<string> = new Set(['if', 'to']);

/** The kinds of row the question names (its nouns of rows), in the order events, companies, people. */
function kindsAsked(s: ScanState): EntityKind[] {
  const named = new Set(s.mentions.flatMap((m) => (m.t === 'entity' ? [m.entity] : [])));
  const kinds: EntityKind[] = ['events', 'companies', 'people'];
  const asked = kinds.filter((k) => named.has(k));
  return asked.length > 0 ? asked : kinds;
}

/**
 * Asks about each unread word of merit.
 * @param discourse the positions of words about the conversation (a grade there is the speaker's, not asked)
 */
export function readEvaluativeWords(s: ScanState, discourse: readonly boolean[]): void {
  const { w } = s;
  for (let k = 0; k < w.length; k++) {
    const word = w[k] ?? '';
    if (s.claimed[k] || discourse[k] || !EVALUATIVE_WORDS.has(word)) continue;
    // "it'd be great if ...", "would be good to know": the speaker's wish about the clause after it, no grade of rows
    if (CLAUSE_AFTER.has(w[k + 1] ?? '')) continue;
    const measures = kindsAsked(s).flatMap((kind) => RANKABLE_MEASURES[kind] ?? []);
    claim(s, k, k + 1, {
      t: 'unclear',
      about: 'word',
      why: `"${s.tokens[k]?.raw ?? word}" grades by no measure the data holds. I can rank ${measures.join('; or ')}, or narrow by a theme, an industry, a place, a date, a job function or a seniority: which do you mean`,
      options: [],
      choices: [],
      asIs: true,
    });
  }
}
