import { describe, expect, it } from 'vitest';
import { demoScanner, sql } from '../../testkit';

describe('a count with no figure over a clause\'s object ("at many events") is asked about, never dropped', () => {
  const { fixture } = demoScanner();

  it.each([['companies at many events'], ['events with lots of sponsors'], ['events that got many sponsors']])(
    '%s: asked, offering more than one or a ranking',
    (q) => {
      const asked = fixture().ask(q);
      expect(asked.kind).toBe('clarify');
      if (asked.kind !== 'clarify') return;
      expect(asked.clarification.options.map((o) => o.label)).toContain('more than one');
    },
  );

  it('the reading chosen is the request that says it', () => {
    expect(sql(fixture().ask('companies at many events', 'more than one'))).toBe(
      sql(fixture().ask('companies at several events')),
    );
  });

  it('"few" over an object is asked; "how many" and a quantifier of the set asked are no such count', () => {
    expect(fixture().ask('events with few sponsors').kind).toBe('clarify');
    expect(fixture().ask('how many events have sponsors').kind).toBe('sql');
    expect(fixture().ask('many sponsors in 2025').kind).toBe('sql');
  });
});
