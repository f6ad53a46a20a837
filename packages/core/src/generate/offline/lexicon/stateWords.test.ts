import { CITIES, SUBDIVISIONS } from '@musaeid/db';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../testkit';
import { STATE_WORDS } from './stateWords';

describe('states and the cities of the gazetteer in them', () => {
  it('every city given a state is in a subdivision of its own country', () => {
    for (const c of CITIES.filter((x) => x.state !== undefined))
      expect(
        SUBDIVISIONS.some((s) => s.country === c.country && s.code === c.state),
        c.name,
      ).toBe(true);
  });

  it('a state lists its cities (Maryland: Baltimore; Ontario: Toronto and Niagara Falls)', () => {
    const cities = (name: string): readonly string[] => STATE_WORDS.find(([n]) => n === name)?.[2] ?? [];
    expect(cities('Maryland')).toEqual(['Baltimore']);
    expect([...cities('Ontario')].sort()).toEqual(['Niagara Falls', 'Toronto']);
    // Western Australia shares the code WA with Washington: each keeps its own country's cities
    expect(cities('Western Australia')).toEqual(['Perth']);
    expect(cities('Washington')).toEqual(['Seattle']);
  });
});

describe.skipIf(!hasRealData)('events and people in a state (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each(['events in maryland', 'that conference in Maryland', 'events in the state of maryland'])(
    '%j: the events whose city is in the state',
    (q) => {
      const expected = f.oracle(`SELECT name FROM events WHERE city = 'Baltimore'`);
      expect(expected.size).toBeGreaterThan(0);
      expect(new Set(column(f.ask(q), 'event'))).toEqual(expected);
    },
  );

  it('"events in ontario" are the events in its cities', () => {
    const expected = f.oracle(`SELECT name FROM events WHERE city IN ('Toronto', 'Niagara Falls')`);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask('any events in ontario?'), 'event'))).toEqual(expected);
  });

  it('a state with no known city cannot place events: refused naming it, never answered broader', () => {
    const asked = f.ask('events in alaska');
    expect(asked.kind).toBe('refusal');
    expect(asked.kind === 'refusal' ? asked.message : '').toContain('Alaska');
  });

  it('people in a state typed in lower case are those of its name or code', () => {
    const expected = f.oracle(`SELECT email FROM people WHERE state IN ('Texas', 'TX') AND email IS NOT NULL`);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask('contacts in texas'), 'email').filter((e) => e !== null))).toEqual(expected);
  });
});
warnIfNoRealData('events and people in a state');
