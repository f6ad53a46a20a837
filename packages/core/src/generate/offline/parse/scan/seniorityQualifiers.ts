/**
 * A seniority adjective ("senior", "junior") typed before another people word, read by what it qualifies:
 *
 * - before a seniority noun ("senior managers", "senior directors", "junior managers") it is part of the title, not
 *   a second level: the people of the noun's level whose title says the two words ("Senior Manager", "Sr.
 *   Director"). A person has one level, so "Senior OR Manager" (the union two level words made) answered
 *   thousands of people who are neither.
 * - "senior" before a group of levels ("senior executives", "senior decision makers") says what the group is already:
 *   no level of its own.
 * - "senior" before a noun of people in general, after any function words ("senior people at X", "senior staff",
 *   "senior sales people") grades the people: the leadership levels ("senior leaders", `SENIORITY_WORDS`), not the
 *   derived level 'senior', which holds the individual contributors whose title says Senior and ranks below
 *   managers. Before a role ("senior engineers", "senior account executives") it keeps that level: the title's word.
 */
import { SENIORITY_WORDS, TITLE_ABBREVIATIONS, type TitleWord } from '../../lexicon/jobWords';
import { nounLemma } from '../../text/language';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';
import { titleWordForms } from './titleContains';

/** The levels a noun of leaders names (the vocabulary's "senior leaders"). */
const LEADERSHIP = SENIORITY_WORDS.find((x) => x.phrase === 'senior leaders')?.values ?? [];

/** The forms of a typed word in titles: itself and its short or long forms ("senior": sr, snr). */
function forms(word: string): string[] {
  const abbreviated = TITLE_ABBREVIATIONS.find((f) => f.includes(word));
  return abbreviated ? [...abbreviated] : [word];
}

function adjective(m: Mention | undefined): m is Extract<Mention, { t: 'seniority' }> {
  return m?.t === 'seniority' && !m.noun && m.values.length === 1 && m.end - m.start === 1;
}

export function readSeniorityQualifiers(s: ScanState): void {
  const { mentions, w } = s;
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const [k, m] of byStart.entries()) {
    if (!adjective(m)) continue;
    const next = byStart[k + 1];
    if (!next || next.start !== m.end) continue;
    const typed = w[m.start] ?? '';
    if (next.t === 'seniority' && next.noun && next.values.length > 1 && m.values[0] === 'senior') {
      // "senior executives", "senior decision makers": the group is senior by itself, no second level
      mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    if (next.t === 'seniority' && next.noun && next.values.length === 1) {
      // "senior managers": the title of the noun's level, the level kept
      const nouns = titleWordForms(nounLemma(w.slice(next.start, next.end).join(' ')));
      const patterns = forms(typed).flatMap((a) => nouns.map((b) => `${a} ${b}`));
      const label = `${typed} ${nounLemma(w.slice(next.start, next.end).join(' '))}`;
      const word: TitleWord = { phrase: label, label, patterns };
      mentions.splice(mentions.indexOf(m), 1, { start: m.start, end: m.end, text: m.text, t: 'title', word });
      continue;
    }
    // function words between ("senior sales people", "senior marketing managers") qualify the same noun
    let j = k + 1;
    let end = m.end;
    for (let x = byStart[j]; x?.t === 'function' && !x.noun && x.start === end; x = byStart[j]) {
      end = x.end;
      j++;
    }
    const noun = byStart[j];
    if (noun?.start !== end || j === k + 1) {
      if (noun?.start === end && noun.t === 'entity' && noun.entity === 'people' && m.values[0] === 'senior')
        mentions.splice(mentions.indexOf(m), 1, { ...m, values: [...LEADERSHIP] });
      continue;
    }
    if (noun.t === 'seniority' && noun.noun && noun.values.length > 1 && m.values[0] === 'senior') {
      // "senior marketing decision makers": the group is senior by itself, with function words between too
      mentions.splice(mentions.indexOf(m), 1);
    } else if (noun.t === 'seniority' && noun.noun && noun.values.length === 1) {
      // "senior marketing managers": the noun's level and the function, with the adjective's word in the title
      const word: TitleWord = { phrase: typed, label: typed, patterns: forms(typed) };
      mentions.splice(mentions.indexOf(m), 1, { start: m.start, end: m.end, text: m.text, t: 'title', word });
    } else if (noun.t === 'entity' && noun.entity === 'people' && m.values[0] === 'senior')
      mentions.splice(mentions.indexOf(m), 1, { ...m, values: [...LEADERSHIP] });
  }
}
