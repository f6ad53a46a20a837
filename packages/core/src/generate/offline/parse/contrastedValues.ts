/**
 * "sponsors vs partners at X", "sponsor/partner breakdown at X", "contacts in the US versus Singapore": two or
 * more values of one dimension set against each other ("vs", "versus") or named under a breakdown word with no
 * dimension of its own ask for one row per value, not for the union of them as one list. The dimension is the
 * one the contrasted values belong to (relations, countries, cities, job functions, seniorities); the values
 * themselves stay as the filter, so the rows are exactly the contrasted ones.
 */
import type { Cond, Dimension, Node, Relation } from '../ir/Request';
import type { Mention } from './Mention';

/** The dimension whose value a mention names, or null. */
function valueDimension(m: Mention): Dimension | null {
  switch (m.t) {
    case 'entity':
      return m.entity === 'companies' && m.relations && m.relations.length > 0 ? 'relation' : null;
    case 'relation':
      return m.relations.length > 0 ? 'relation' : null;
    case 'country':
      return 'country';
    case 'city':
      return 'city';
    case 'function':
      return 'job_function';
    case 'seniority':
      return 'seniority';
    case 'cond':
      // whole years or whole months listed ("2024 vs 2025", "october vs november"): one row per year or month
      if (m.cond.kind !== 'startBetween' || !m.cond.from || !m.cond.to) return null;
      if (/-01-01$/.test(m.cond.from) && /-12-31$/.test(m.cond.to)) return 'year';
      return /-01$/.test(m.cond.from) && monthEnd(m.cond.to) ? 'month' : null;
    default:
      return null;
  }
}

/** True when an ISO date is the last day of its month. */
function monthEnd(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

/** Words that only join the contrasted values ("sponsors vs the partners", "in the US vs in Singapore"). */
const JOINING: ReadonlySet<Mention['t']> = new Set(['prep', 'copula']);

const CONTRAST = /^(vs\.?|versus)$/i;

function isContrast(m: Mention): boolean {
  return m.t === 'and' && (m.contrast !== undefined || CONTRAST.test(m.text));
}

/** The two sides of a contrast at mention k ("vs" / "versus" between values of one dimension), or null. */
function contrastAt(ms: readonly Mention[], k: number): { left: number; right: number; dim: Dimension } | null {
  const m = ms[k];
  if (!m || !isContrast(m)) return null;
  let a = k - 1;
  while (a >= 0 && JOINING.has(ms[a]?.t ?? 'neg')) a--;
  let b = k + 1;
  while (b < ms.length && JOINING.has(ms[b]?.t ?? 'neg')) b++;
  const left = ms[a];
  const right = ms[b];
  const dim = left && right ? valueDimension(left) : null;
  return dim && right && valueDimension(right) === dim ? { left: a, right: b, dim } : null;
}

/** What value of its dimension a mention names, as a comparable key ("partner", "Singapore"). */
function valueKey(m: Mention): string | null {
  switch (m.t) {
    case 'entity':
      return m.relations ? [...m.relations].sort().join('|') : null;
    case 'relation':
      return [...m.relations].sort().join('|');
    case 'country':
      return [...m.names].sort().join('|');
    case 'city':
      return [...m.values].sort().join('|');
    case 'function':
    case 'seniority':
      return [...m.values].sort().join('|');
    default:
      return null;
  }
}

/** Words that pick one of the contrasted values out ("just the partners number", "only the US one"). */
const SELECTING: ReadonlySet<string> = new Set(['just', 'only']);

/**
 * "how many cos are partners vs sponsors? just the partners number": a contrast the question then narrows to one
 * of its sides asks for that side alone. The mentions of the other side and of the contrast go, and so do the
 * selecting words with the value said again (and a count noun after it, "number", when the question counts already):
 * what is left asks the chosen value ("how many cos are partners"). Unchanged when no side is picked out.
 */
export function withSelectedContrast(ms: Mention[]): Mention[] {
  for (let k = 0; k < ms.length; k++) {
    const c = contrastAt(ms, k);
    if (!c) continue;
    const [left, right] = [ms[c.left], ms[c.right]];
    if (!left || !right) continue;
    for (let r = c.right + 1; r < ms.length - 1; r++) {
      const word = ms[r];
      const said = ms[r + 1];
      if (word?.t !== 'refine' || !SELECTING.has(word.text.toLowerCase()) || !said) continue;
      if (valueDimension(said) !== c.dim) continue;
      const key = valueKey(said);
      const other = key === valueKey(left) ? c.right : key === valueKey(right) ? c.left : -1;
      if (key === null || other < 0) continue;
      // the count noun after it goes when the question counts already ("how many ... just the partners number"),
      // and stays as its count otherwise ("contacts in the US vs Singapore, just the Singapore count")
      const countedBefore = ms.some((x, j) => x.t === 'count' && j < r);
      const countAfter = ms[r + 2]?.t === 'count' && countedBefore ? r + 2 : -1;
      const dropped = new Set([other, k, r, r + 1, countAfter]);
      return ms.filter((_, j) => !dropped.has(j));
    }
  }
  return ms;
}

/**
 * The dimension of the values a question contrasts, or null: values of one dimension on both sides of "vs", or
 * several values of one dimension under a breakdown word that names no dimension ("sponsor/partner breakdown").
 */
export function contrastedDimension(ms: readonly Mention[]): Dimension | null {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    // a list read as one mention ("sponsors vs partners" is one noun of two relations)
    if (m && valueDimension(m) && m.text.split(/\s+/).some((w) => CONTRAST.test(w))) return valueDimension(m);
    const contrast = contrastAt(ms, k);
    if (contrast) return contrast.dim;
  }
  const breakdown = ms.some((m) => m.t === 'group' && !m.expectsDimension);
  if (!breakdown || ms.some((m) => m.t === 'dimension')) return null;
  return listedDimension(ms);
}

/**
 * The one dimension of which the mentions name two or more values ("sponsors and partners", "directors, VPs"), or
 * null when none or several do.
 */
export function listedDimension(ms: readonly Mention[]): Dimension | null {
  const counts = new Map<Dimension, number>();
  for (const m of ms) {
    const dim = valueDimension(m);
    const n = m.t === 'entity' || m.t === 'relation' ? (m.relations?.length ?? 0) : 1;
    if (dim) counts.set(dim, (counts.get(dim) ?? 0) + n);
  }
  const several = [...counts].filter(([, n]) => n >= 2);
  return several.length === 1 ? (several[0]?.[0] ?? null) : null;
}

/** True when a mention names a value of the dimension ("directors" of seniority, "sponsors" of relation). */
export function namesValueOf(m: Mention, dim: Dimension): boolean {
  return valueDimension(m) === dim;
}

/**
 * Companies counted by their relation to some events: the participations themselves, so a company's relations
 * at other events are not counted ("sponsors vs partners at X" counts how each takes part in X, and a company
 * that is a partner elsewhere is no partner here). The relations named stay the filter.
 */
export function participationsOfLinks(companies: Node): Node {
  const toEvents = (c: Cond): c is Extract<Cond, { kind: 'link' }> =>
    c.kind === 'link' && c.node.entity === 'events' && !c.negate;
  // "by their relation to the event": a bare link to some event adds nothing to the named one
  const bare = (c: Cond): boolean => toEvents(c) && c.relations.length === 0 && c.node.conds.length === 0;
  const named = companies.conds.filter((c) => toEvents(c) && !bare(c));
  const conds = named.length > 0 ? companies.conds.filter((c) => !bare(c)) : companies.conds;
  const links = conds.filter(toEvents);
  if (links.length !== 1) return companies;
  const [link] = links;
  if (!link) return companies;
  const others = conds.filter((c) => c !== link);
  const relations: Relation[] = [...link.relations];
  return {
    entity: 'participations',
    conds: [
      ...(relations.length > 0 ? [{ kind: 'relation', values: relations, negate: false } as Cond] : []),
      { kind: 'link', relations: [], negate: false, node: link.node },
      ...(others.length > 0
        ? [{ kind: 'link', relations: [], negate: false, node: { entity: 'companies', conds: others } } as Cond]
        : []),
    ],
  };
}

/**
 * Companies said to hold contrasted relations ("how many companies are partners vs sponsors", "cos that sponsor
 * versus exhibit at X"): each relation was read as a link of its own, which together would ask for companies holding
 * both. Set against each other they are one link holding either, over the events any of them names (the contrast
 * shares its scope: "at X" said once is said of both), so the grouping by relation has a row per contrasted relation.
 */
export function unitedContrastedLinks(companies: Node): Node {
  if (companies.entity !== 'companies') return companies;
  const held = (c: Cond): c is Extract<Cond, { kind: 'link' }> =>
    c.kind === 'link' && !c.negate && c.node.entity === 'events' && c.relations.length > 0;
  const links = companies.conds.filter(held);
  if (links.length < 2) return companies;
  const relations = [...new Set(links.flatMap((l) => l.relations))];
  const united: Cond = {
    kind: 'link',
    relations,
    negate: false,
    node: { entity: 'events', conds: links.flatMap((l) => l.node.conds) },
  };
  const at = companies.conds.indexOf(links[0] as Cond);
  const others = companies.conds.filter((c) => !held(c));
  return { ...companies, conds: [...others.slice(0, at), united, ...others.slice(at)] };
}
