/**
 * "In what year was Siemens founded?", "Which country is Dilmah Tea in?", "What's the venue of AHICE?": a
 * dimension word that no grouping word introduces asks for the value of that dimension. When the question's
 * subject is named (the answer is that thing's row), the dimension is shown as an attribute of it: a grouping
 * ("counted by year") only comes from words that ask for one ("by", "per", "each", "breakdown", a count or a
 * ranking), never from "what year".
 */
import type { Dimension, EntityKind, Node } from '../ir/Request';

/** True when the node's own rows are named (ids of its entity): the answer is those rows. */
export function namesItsRows(node: Node): boolean {
  return node.conds.some((c) => c.kind === 'ids' && c.entity === node.entity);
}

/**
 * The attribute a dimension asks for on a named row of `entity`, or null when the dimension is no attribute of
 * it: the year or month of a company is its founding, of an event its dates.
 */
export function dimensionAttribute(dim: Dimension, entity: EntityKind): string | null {
  switch (dim) {
    case 'year':
      return entity === 'companies' ? 'founded' : entity === 'events' ? 'dates' : null;
    case 'month':
    case 'quarter':
      return entity === 'events' ? 'dates' : null;
    case 'country':
    case 'city':
      return entity === 'companies' || entity === 'events' ? 'location' : entity === 'people' ? 'country' : null;
    case 'industry':
      return entity === 'companies' ? 'industry' : null;
    case 'venue':
      return entity === 'events' ? 'venue' : null;
    case 'job_title':
      return entity === 'people' ? 'job_title' : null;
    case 'relation':
    case 'tag':
    case 'job_function':
    case 'seniority':
    case 'event':
    case 'company':
      return null;
  }
}

/** An attribute as it applies to an entity: the date of a company is its founding ("when was X set up?"). */
export function attributeOf(attr: string, entity: EntityKind): string {
  return attr === 'dates' && entity === 'companies' ? 'founded' : attr;
}
