import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import type { Request } from '../../ir/Request';
import { tokenize } from '../../text/tokenize';
import { realFixture, type Asked, type Fixture } from '../../testkit';
import type { Mention } from '../Mention';
import { droppedNumbers, requestNumbers } from './numberAccount';

/** The request an answered question ran (the offline generator's understanding). */
function requestOf(asked: Asked & { kind: 'sql' }): Request {
  const u = asked.understanding as { request?: Request } | undefined;
  if (!u?.request) throw new Error('no request in the understanding');
  return u.request;
}

describe('number accounting', () => {
  const list = (conds: Request['target']['conds'], limit?: number): Request => ({
    version: 1,
    target: { entity: 'events', conds },
    shape: limit === undefined ? { kind: 'list' } : { kind: 'list', limit },
    attributes: [],
    ignored: [],
  });
  const tokens = tokenize('events with 20 sponsors');
  const ms: Mention[] = [
    { start: 0, end: 1, text: 'events', t: 'entity', entity: 'events', relations: null },
    { start: 1, end: 2, text: 'with', t: 'prep', p: 'with' },
    { start: 2, end: 3, text: '20', t: 'number', value: 20 },
    { start: 3, end: 4, text: 'sponsors', t: 'entity', entity: 'companies', relations: ['sponsor'] },
  ];
  const twenty: Request['target']['conds'][number] = {
    kind: 'linkCount',
    entity: 'companies',
    relations: ['sponsor'],
    op: '=',
    value: 20,
    label: 'number of sponsors = 20',
  };

  it('reports a number no condition or limit holds, with the noun it counts', () => {
    expect(droppedNumbers(ms, list([]), tokens)).toEqual(['20 sponsors']);
  });

  it('accepts a number held as a compared value (at any depth) or a limit', () => {
    expect(droppedNumbers(ms, list([twenty]), tokens)).toEqual([]);
    expect(droppedNumbers(ms, list([], 20), tokens)).toEqual([]);
    const nested = list([
      { kind: 'link', relations: [], negate: false, node: { entity: 'companies', conds: [twenty] } },
    ]);
    expect(requestNumbers(nested)).toEqual([20]);
  });

  it('spends each value of the request on one number said', () => {
    const twice: Mention[] = [...ms, { start: 4, end: 5, text: '20', t: 'number', value: 20 }];
    expect(droppedNumbers(twice, list([], 20), tokenize('events with 20 sponsors 20'))).toEqual(['20']);
  });

  it('accounts the numbers of a comparison and of a sample read with their number', () => {
    const read: Mention[] = [
      { start: 0, end: 1, text: 'events', t: 'entity', entity: 'events', relations: null },
      { start: 1, end: 2, text: 'with', t: 'prep', p: 'with' },
      { start: 2, end: 5, text: 'over 20 sponsors', t: 'cond', cond: { ...twenty, op: '>' } },
    ];
    const said = tokenize('events with over 20 sponsors');
    expect(droppedNumbers(read, list([{ ...twenty, op: '>' }]), said)).toEqual([]);
    expect(droppedNumbers(read, list([]), said)).toEqual(['over 20 sponsors']);
    const sample: Mention[] = [{ start: 0, end: 1, text: '3', t: 'examples', limit: 3 }];
    expect(droppedNumbers(sample, list([], 3), tokenize('3 events'))).toEqual([]);
    expect(droppedNumbers(sample, list([]), tokenize('3 events'))).toEqual(['3']);
    // "a sample of 4": the number is the mention after it, counted once
    const sampleOf: Mention[] = [
      { start: 0, end: 3, text: 'a sample of', t: 'examples', limit: 4 },
      { start: 3, end: 4, text: '4', t: 'number', value: 4 },
    ];
    expect(droppedNumbers(sampleOf, list([], 4), tokenize('a sample of 4'))).toEqual([]);
  });

  it('counts no pronoun "one" and no number the scan added without words', () => {
    const one: Mention[] = [{ start: 0, end: 1, text: 'one', t: 'number', value: 1 }];
    expect(droppedNumbers(one, list([]), tokenize('one'))).toEqual([]);
    const winner: Mention[] = [{ start: 0, end: 0, text: '', t: 'number', value: 1 }];
    expect(droppedNumbers(winner, list([]), tokenize('which'))).toEqual([]);
  });
});

/**
 * Questions over the real data whose number counts something: each is answered with the number in its request
 * (a limit, a rank, a compared value), or asked back. A number is never read into nothing.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('numbers said reach the request');

describe.runIf(hasRealData)('numbers said reach the request (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const holds = (q: string, n: number): void => {
    const asked = f.ask(q);
    if (asked.kind === 'sql') expect(requestNumbers(requestOf(asked)), q).toContain(n);
    else expect(asked.kind, q).toBe('clarify');
  };

  it('asks back a number no reader took, never answers without it', () => {
    // "websites" has no count in the data: the number has nothing to count, and no reader of it yet
    holds('companies with 3 or more websites', 3);
    holds('which companies show up at two or more different events', 2);
    holds('events with 20 sponsors', 20);
    holds('people at 3 companies', 3);
    holds('which company has 2 speakers', 2);
    holds('list events, 4 please', 4);
    // a number left unread is no typing slip of the noun after it ("3 companies" was "corrected" to "companies")
    const asked = f.ask('people at 3 companies');
    if (asked.kind === 'clarify') expect(asked.clarification.part).toContain('3');
  });

  it('answers a number read as a limit, a rank or a count', () => {
    for (const [q, n] of [
      ['5 companies in singapore', 5],
      ['the 3 largest companies in singapore', 3],
      ['top 3 countries by number of companies', 3],
      ['companies at 2 or more events', 2],
      ['events with at least 3 speakers', 3],
    ] as const) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind === 'sql') expect(requestNumbers(requestOf(asked)), q).toContain(n);
    }
  });

  it('reads "one" as a pronoun or determiner, and a year after an event noun as its date', () => {
    for (const q of ['which one has the most sponsors', 'sponsor at one event and speaker at another - which cos'])
      expect(f.ask(q).kind, q).toBe('sql');
    const asked = f.ask('beauty shows 2025');
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql')
      expect(requestOf(asked).target.conds).toContainEqual(
        expect.objectContaining({ kind: 'startBetween', from: '2025-01-01', to: '2025-12-31' }),
      );
  });
  it('a "top N" restating the limit another number gave is the same limit; a different one is asked back', () => {
    const asked = f.ask('which four companies have the most people? top 4 please');
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(requestOf(asked).shape).toMatchObject({ kind: 'rankByCount', limit: 4 });
    expect(f.ask('which four companies have the most people? top 2').kind).toBe('clarify');
  });
});
