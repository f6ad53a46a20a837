import { describe, expect, it } from 'vitest';
import type { Cond, Node, Relation, Request } from '../ir/Request';
import { describeRequest } from './describeRequest';

/** The words say which rows a ranking counts: their conditions and the relation they are counted under. */
describe('describeRequest: what a ranking counts', () => {
  const ranked = (node: Node, relations: Relation[]): Request => ({
    version: 1,
    target: { entity: 'events', conds: [] },
    shape: { kind: 'rankByCount', node, relations, order: 'desc', limit: 1, label: 'sponsors' },
    attributes: [],
    ignored: [],
  });

  it('counted companies with a condition are described by it, with the relation', () => {
    const us: Cond = { kind: 'country', values: ['United States'], label: 'United States', negate: false };
    expect(describeRequest(ranked({ entity: 'companies', conds: [us] }, ['sponsor']))).toContain(
      'ranked by number of companies in United States (headquarters) as sponsor',
    );
  });

  it('counted rows with no condition keep the noun said, which names the relation already', () => {
    expect(describeRequest(ranked({ entity: 'companies', conds: [] }, ['sponsor']))).toContain(
      'ranked by number of sponsors (most first',
    );
  });
});
