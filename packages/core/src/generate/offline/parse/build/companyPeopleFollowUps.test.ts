/**
 * A follow-up that asks for people after a turn listing companies ("and their ops managers?", "who are the marketing
 * folks there?") answers the people, at the companies the earlier turn listed, with every condition that chose them
 * (industry, country, size), never the companies again nor every company at their events.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

const EARLIER = 'which software companies sponsor aviation festival asia 2025';

describe.runIf(hasRealData)('from companies to their people (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it.each([
    ['and their ops managers?', 'Operations'],
    ['who are the marketing folks there?', 'Marketing'],
    ['the sales people there', 'Sales'],
    ['their engineering heads?', 'Engineering'],
    ['what about their hr people', 'HR'],
    ['any finance contacts there?', 'Finance'],
  ] as const)('%s', (q, fn) => {
    const a = f.ask(EARLIER, q);
    expect(a.kind, q).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.columns, q).toContain('full_name');
    expect(a.interpretation, q).toContain(`job functions include ${fn}`);
    // the earlier turn's choice of companies is kept
    expect(a.interpretation, q).toContain('"software" industry');
    expect(a.interpretation, q).toContain('Aviation Festival Asia 2025');
  });

  it('"there" after a turn about people is the place, not their own conditions', () => {
    const a = f.ask('sales people at companies sponsoring seamless asia 2025', 'and the marketing folks there?');
    expect(a.kind).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.interpretation).toContain('Marketing');
    expect(a.interpretation).not.toContain('Sales');
  });

  it('"there" with no earlier turn is still asked about', () => {
    expect(f.ask('who are the marketing folks there?').kind).not.toBe('sql');
  });
});
