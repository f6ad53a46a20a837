/**
 * A company named right before the people it employs: "Meltwater directors", "PayPal's VPs", "Cloudflare sales
 * people", "Intelsat heads of marketing", "PayPal c-suite". The company is a modifier of the people noun (as "German
 * engineers" is), so the people are the answer and the company restricts where they work -- not companies employing
 * such people. The same holds for a noun of companies in the possessive ("the sponsors' marketing leads", "X
 * exhibitors' CEOs"): the people of those companies are asked. An attribute only people have, asked "for" or "of"
 * the people phrase between the two ("X sponsors - emails for directors", "PayPal titles of the VPs"), is that
 * phrase's: the people named are the ones asked, not a condition on which companies employ them.
 */
import { PEOPLE_ATTRIBUTES } from './build/askedAttributes';
import type { Mention } from './Mention';

/** Mentions that describe people and may stand between the company and the people noun. */
const PEOPLE_WORDS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title']);

/**
 * True when the mention at `k` is followed, word after word, by job words that make a people noun phrase: one
 * ending in a people entity ("staff", "contacts"), a title, a function / seniority used as a noun ("directors",
 * "engineers"), or a seniority that closes the phrase ("C-level", "heads of marketing", "leadership": a rank
 * names people only). A function alone that closes the phrase ("X marketing") names no one.
 */
export function companyBeforePeople(ms: readonly Mention[], k: number): boolean {
  let end = ms[k]?.end ?? -1;
  let peopleNoun = false;
  let rank = false;
  let closes = true;
  const first = peopleAttributeAsked(ms, k + 1, end);
  // the article after the preposition is no mention ("emails of the VPs"): the people phrase starts where it starts
  if (first > k + 1) end = ms[first]?.start ?? end;
  for (let j = first; j < ms.length; j++) {
    const m = ms[j];
    if (!m || m.start !== end) break;
    if (m.t === 'entity') return m.entity === 'people';
    if (m.t === 'and' || m.t === 'or') {
      end = m.end;
      continue;
    }
    // "Infinera and Ciena staff", "X, Y or Z directors": the names of a list all modify the people noun after it
    // (a comma leaves no token: the names then follow each other directly)
    if (m.t === 'company') {
      end = m.end;
      continue;
    }
    if (!PEOPLE_WORDS.has(m.t)) {
      // the job words go on into another noun or value ("X directors events"): no people phrase of their own
      closes = m.t === 'prep' || m.t === 'relpron' || m.t === 'copula' || m.t === 'attribute';
      break;
    }
    peopleNoun = m.t === 'title' || ('noun' in m && m.noun === true);
    if (m.t === 'seniority') rank = true;
    end = m.end;
  }
  return peopleNoun || (rank && closes);
}

/**
 * The index after "emails for" / "titles of" right after a company noun ending at `end` (an attribute only people
 * have and the preposition that gives its owner), else `j` itself.
 */
function peopleAttributeAsked(ms: readonly Mention[], j: number, end: number): number {
  const attr = ms[j];
  const prep = ms[j + 1];
  if (attr?.t !== 'attribute' || attr.start !== end || !PEOPLE_ATTRIBUTES.has(attr.attr)) return j;
  return prep?.t === 'prep' && (prep.p === 'for' || prep.p === 'of') && prep.start === attr.end ? j + 2 : j;
}
