/** The attributes asked (shown as columns), and what they do to the target. */
import type { Node } from '../../ir/Request';
import type { AttributeName } from '../../lexicon/attributeWords';
import { attributeOf, dimensionAttribute, namesItsRows } from '../askedAttribute';
import { applyModifier } from './applyModifier';
import type { BuildState } from './BuildState';
import type { Draft } from './Draft';

/** Attributes only people have. */
export const PEOPLE_ATTRIBUTES = new Set<AttributeName>(['email', 'email_pattern', 'job_title']);

/** Emails / titles of companies or events: pivot to their people; asking for emails lists people who have one. */
export function pivotForPeopleAttributes(s: BuildState, node: Node, attrs: readonly string[]): Node {
  let rootNode = node;
  const roles = s.attributeRoles.length > 0;
  if (
    rootNode.entity !== 'people' &&
    attrs.some((a) => PEOPLE_ATTRIBUTES.has(a as AttributeName)) &&
    (roles || !s.countFlag) &&
    !s.groupDim
  ) {
    rootNode = { entity: 'people', conds: [{ kind: 'link', relations: [], negate: false, node: rootNode }] };
  }
  if (roles) {
    // "ctw apac bd emails": the role words said of the field are the people's whose field it is
    const held: Draft = { entity: 'people', conds: [], relations: null, edges: [], singular: false };
    for (const m of s.attributeRoles) applyModifier(s, held, m, false);
    if (rootNode.entity === 'people') rootNode.conds.unshift(...held.conds);
    else
      rootNode.conds.push({
        kind: 'link',
        relations: [],
        negate: false,
        node: { entity: 'people', conds: held.conds },
      });
  }
  if (rootNode.entity === 'people' && attrs.includes('email') && !rootNode.conds.some((c) => c.kind === 'hasEmail'))
    rootNode.conds.push({ kind: 'hasEmail', negate: false });
  return rootNode;
}

/**
 * The attributes shown for the target's entity; a grouping asked of named rows ("in what year was Siemens
 * founded?") or of the one row a superlative ranks first ("the oldest sponsor of X - what year was it founded?",
 * "what country is the biggest exhibitor from?") is the value of those rows, shown, not a grouping (the state's
 * grouping is dropped).
 */
export function shownAttributes(s: BuildState, node: Node, attrs: readonly string[], root: Draft): string[] {
  let shown = [...new Set(attrs.map((a) => attributeOf(a, node.entity)))];
  const rankedOne = s.superlative !== null && (root.singular || s.superlative.one === true) && s.measure === null;
  if (
    s.groupDim &&
    s.groupAsked &&
    !s.countFlag &&
    !s.mostPending &&
    s.topN === null &&
    (namesItsRows(node) || rankedOne)
  ) {
    const attr = dimensionAttribute(s.groupDim, node.entity);
    if (attr) {
      s.groupDim = null;
      if (!(attr === 'dates' && shown.includes('founded'))) shown = [...new Set([...shown, attr])];
    }
  }
  return shown;
}
