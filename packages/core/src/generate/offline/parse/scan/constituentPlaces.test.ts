import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';

/** A constituent country names a part of a country: asked back, never read as the whole country (demo data). */
describe('constituent countries and the states the data holds', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    'companies in Scotland',
    'contacts in Wales',
    'sales people based in england',
    'people in Northern Ireland',
  ])('%s is asked back with the whole country as an option', (q) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    expect(asked.clarification.options.map((o) => o.label)).toContain('all of United Kingdom');
  });

  it('the state column value is offered where the data holds it, and answers as that state', () => {
    const asked = f.ask('companies in England');
    expect(asked.kind === 'clarify' ? asked.clarification.options.map((o) => o.label) : []).toContain(
      'the state England',
    );
    const state = f.ask('companies in the state of England');
    expect(state.kind).toBe('sql');
    expect(new Set(column(state, 'domain'))).toEqual(f.oracle(`SELECT domain FROM companies WHERE state = 'England'`));
  });
});
