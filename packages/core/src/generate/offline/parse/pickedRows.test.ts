import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';
import { pickedRowsAt } from './pickedRows';

describe('a noun phrase of "ones" that picks some of the rows asked', () => {
  const words = (q: string): string[] => q.split(' ');
  it.each([
    ['we hope to visit the ones after june', 4],
    ['we would take only the huge ones', 3],
    ['my team likes those ones in paris', 3],
  ])('%s: picks rows from word %i', (q, at) => {
    expect(pickedRowsAt(words(q), 0, words(q).length)).toBe(at);
  });

  it.each(['we want to attend the ones', 'ones are fine', 'we like the ones'])('%s: picks nothing', (q) => {
    expect(pickedRowsAt(words(q), 0, words(q).length)).toBeNull();
  });
});

describe('a clause of the speaker that picks rows is a condition of the ask (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it('"we plan to go to the ones before <month>" keeps the window on the events asked', () => {
    const picked = f.ask('which events are in singapore? we plan to go to the ones before december');
    const plain = f.ask('which events in singapore start before december');
    expect(picked.kind).toBe('sql');
    expect(plain.kind).toBe('sql');
    expect(picked.kind === 'sql' && picked.rows).toEqual(plain.kind === 'sql' && plain.rows);
    expect(picked.kind === 'sql' && picked.interpretation).toMatch(/before/);
  });

  it('a plan about the rows themselves, with nothing picking some, stays a remark', () => {
    const remark = f.ask('which events are in singapore? we want to attend the ones');
    const plain = f.ask('which events are in singapore');
    expect(remark.kind === 'sql' && remark.rows).toEqual(plain.kind === 'sql' && plain.rows);
  });
});
