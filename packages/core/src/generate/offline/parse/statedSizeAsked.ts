/**
 * "How many employees does CBRE have", "how many staff does NYU have", "how many people does X employ", "X's staff
 * size": asked of one named company, the employees are its stated size (`n_employees`), not its rows in the people
 * table. The people rows are meant when the question speaks of the data ("how many people do we have at X", "how
 * many contacts at X", "... in our database") or filters the people (a function, a seniority, a place: only rows
 * can hold those).
 */
import type { Node } from '../ir/Request';
import type { BuildState } from './build/BuildState';
import { DATA_SELF_LEADS, DATA_SELF_WORDS } from '../lexicon/discourseWords';
import type { Mention } from './Mention';
import type { Token } from '../text/tokenize';

/** Nouns of a company's own head count (as opposed to "people", "contacts": rows of the data). */
export const STATED_SIZE_NOUNS: ReadonlySet<string> = new Set([
  'employees',
  'employee',
  'staff',
  'headcount',
  'workers',
  'workforce',
  'personnel',
]);

/** Verbs that make the people counted a company's employees ("how many people does X employ"). */
const EMPLOY_VERBS: ReadonlySet<string> = new Set(['employ', 'employs', 'employed', 'employing']);

/** The speaker as the holder of the data: "(do) we have", "our contacts", "my list". */
const HOLDER_WORDS: ReadonlySet<string> = new Set(['we', 'our', 'ours', 'my', 'i']);
/** Verbs and nouns after a holder word that make the people rows: "we have", "we've got", "our contacts". */
const HELD_WORDS: ReadonlySet<string> = new Set([
  'have',
  'got',
  'hold',
  'know',
  've',
  'contacts',
  'people',
  'ppl',
  'employees',
  'staff',
  'leads',
]);

/**
 * True when the question speaks of the data's own rows: "we have / we've got", "our contacts", "in the database",
 * "on file" (a speaker's introduction, "I work in marketing ...", says nothing about the rows).
 */
function speaksOfRows(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    const next = tokens.slice(k + 1, k + 3).map((x) => x.norm);
    if (HOLDER_WORDS.has(t.norm)) return next.some((x) => HELD_WORDS.has(x) || DATA_SELF_WORDS.has(x));
    return DATA_SELF_WORDS.has(t.norm) && DATA_SELF_LEADS.has(tokens[k - 1]?.norm ?? '');
  });
}

/** Nouns that are a quantity by themselves: "the workforce of X" asks for a number as "how many" does. */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['workforce', 'headcount']);

/**
 * The named company whose stated size is asked, when `target` is the people of that company and nothing else
 * about them is said; null otherwise. `counted`: the question counts the people ("how many", "number of");
 * `sizeAsked`: it asks for the size ("staff size", "team size").
 */
export function companySizeAsked(
  target: Node,
  ms: readonly Mention[],
  tokens: readonly Token[],
  counted: boolean,
  sizeAsked: boolean,
  ranked = false,
): Node | null {
  if (target.entity !== 'people' || target.conds.length !== 1) return null;
  const [link] = target.conds;
  if (link?.kind !== 'link' || link.negate || link.node.entity !== 'companies') return null;
  const company = link.node;
  // one named company, or the one a superlative ranks first ("the largest partner of X")
  const named = company.conds.length === 1 && company.conds[0]?.kind === 'ids';
  if (!named && !(ranked && company.conds.length > 0)) return null;
  if (speaksOfRows(tokens)) return null;
  // the people nouns (as read, typing slips corrected), and the noun of an employment phrase ("staff at X")
  const read = (m: Mention): string[] => tokens.slice(m.start, m.end).map((t) => t.norm);
  const nouns = ms.flatMap((m) =>
    m.t === 'entity' && m.entity === 'people'
      ? [read(m).join(' ')]
      : m.t === 'employment'
        ? read(m).filter((x) => STATED_SIZE_NOUNS.has(x))
        : [],
  );
  if (nouns.some((n) => !STATED_SIZE_NOUNS.has(n) && n !== 'people' && n !== 'team')) return null;
  const sizeNoun = nouns.some((n) => STATED_SIZE_NOUNS.has(n));
  const employed = tokens.some((t) => EMPLOY_VERBS.has(t.norm)) && nouns.length > 0;
  const asked = sizeAsked || nouns.some((n) => QUANTITY_NOUNS.has(n)) || (counted && (sizeNoun || employed));
  return asked ? company : null;
}

/**
 * The request's target and shown attributes once a stated size is recognised: the named company with its size
 * shown, no longer a count of its people. Unchanged otherwise (a grouping or a ranking keeps its own reading).
 */
export function asStatedSize(s: BuildState, node: Node, attributes: string[]): { node: Node; attributes: string[] } {
  const company =
    s.groupDim || s.measure
      ? null
      : companySizeAsked(
          node,
          s.ms,
          s.scan.tokens,
          s.countFlag,
          attributes.includes('employees'),
          s.superlative !== null && s.superlative.column !== 'date' && s.superlative.column !== 'duration',
        );
  if (!company) return { node, attributes };
  s.countFlag = false;
  return { node: company, attributes: [...new Set([...attributes, 'employees'])] };
}
