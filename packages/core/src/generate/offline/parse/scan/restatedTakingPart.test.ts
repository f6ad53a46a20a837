import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

describe('a verb of taking part after a relation noun restates it (demo data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f?.close());

  // questions of this test's own: the relation of the noun is kept, never widened to any relation
  it.each([
    ['which events have speakers involved', 'which events have speakers'],
    ['events in 2025 with exhibitors on board', 'events in 2025 with exhibitors'],
  ])('%j answers as %j', (asked, plain) => {
    const fx = f as Fixture;
    const a = fx.ask(asked);
    const b = fx.ask(plain);
    expect(a.kind).toBe('sql');
    expect(a.kind === 'sql' ? a.rows : null).toEqual(b.kind === 'sql' ? b.rows : []);
  });
});
