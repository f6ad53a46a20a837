/**
 * A company named right before the people it employs: "Meltwater directors", "PayPal's VPs", "Cloudflare sales
 * people", "Intelsat heads of marketing". The company is a modifier of the people noun (as "German engineers" is), so
 * the people are the answer and the company restricts where they work -- not companies employing such people.
 */
import type { Mention } from './Mention';

/** Mentions that describe people and may stand between the company and the people noun. */
const PEOPLE_WORDS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title']);

/**
 * True when the company mention at `k` is followed, word after word, by job words ending in a people noun: a
 * people entity ("staff", "contacts"), a title, or a function / seniority used as a noun ("directors", "engineers").
 */
export function companyBeforePeople(ms: readonly Mention[], k: number): boolean {
  let end = ms[k]?.end ?? -1;
  let peopleNoun = false;
  for (let j = k + 1; j < ms.length; j++) {
    const m = ms[j];
    if (!m || m.start !== end) break;
    if (m.t === 'entity') return m.entity === 'people';
    if (m.t === 'and' || m.t === 'or') {
      end = m.end;
      continue;
    }
    if (!PEOPLE_WORDS.has(m.t)) break;
    peopleNoun = m.t === 'title' || ('noun' in m && m.noun === true);
    end = m.end;
  }
  return peopleNoun;
}
