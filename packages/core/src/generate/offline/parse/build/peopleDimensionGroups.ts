/**
 * A grouping by a person's dimension said of companies or events ("the most common job functions among speakers",
 * "seniority breakdown of the sponsors of X") counts their people: a job function or a seniority belongs to a
 * person, and counting the companies that have someone of each function answers another question. The request is
 * re-rooted at the people working at the companies (taking part in the events), grouped by the dimension said.
 */
import type { Dimension, Node, Request } from '../../ir/Request';

/** Dimensions of a person, never of a company or an event. */
const PERSON_DIMENSIONS: ReadonlySet<Dimension> = new Set(['job_function', 'seniority', 'job_title']);

export function groupPeopleOf(request: Request): Request {
  const s = request.shape;
  const t = request.target;
  if (s.kind !== 'group' || !PERSON_DIMENSIONS.has(s.dimension)) return request;
  if (t.entity !== 'companies' && t.entity !== 'events') return request;
  const people: Node = { entity: 'people', conds: [{ kind: 'link', relations: [], negate: false, node: t }] };
  return { ...request, target: people };
}
