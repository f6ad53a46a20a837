import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, realFixture, sql, type Fixture } from '../../testkit';

/**
 * A relation noun the companies hold ("have a speaker slot", "with both sponsor and partner roles") is their own
 * relation, one link apiece, never a second set of companies nested in the first (g018, h025) nor a job title.
 */
function heldRelations(fixture: () => Promise<Fixture>): void {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  afterAll(() => f.close());

  const names = (q: string): string[] => firstColumnNames(f.ask(q), q);
  /** Companies with every one of the relations, at any events; a company is one per name (`compile/identity.ts`). */
  const withEach = (...relations: string[]): string[] =>
    [
      ...f.oracle(
        `SELECT c.name FROM companies c WHERE ${relations
          .map(
            (r) =>
              `c.name IN (SELECT c2.name FROM companies c2 JOIN participations p ON p.company_id = c2.id WHERE p.relation = '${r}')`,
          )
          .join(' AND ')}`,
      ),
    ]
      .map(String)
      .sort();

  it.each([
    ['Which companies are a sponsor at one event and also have a speaker at some event?', ['sponsor', 'speaker']],
    ['Are there any companies that sponsor one event and also have a speaker slot somewhere?', ['sponsor', 'speaker']],
    ['companies that sponsor and also have a speaker', ['sponsor', 'speaker']],
    ['companies with both sponsor and partner roles', ['sponsor', 'partner']],
    ['companies having an exhibitor spot', ['exhibitor']],
    ['Which companies both sponsor and provide speakers?', ['sponsor', 'speaker']],
    ['which companies sponsor events and have a speaker role', ['sponsor', 'speaker']],
    ['companies that are a sponsor at one event and a speaker at another', ['sponsor', 'speaker']],
    ['which cos are sponsors at one event and speakers at another', ['sponsor', 'speaker']],
    ['sponsor at one event and speaker at another - which cos', ['sponsor', 'speaker']],
    // a place an exhibitor takes, held with no relation noun before it; the floor it stands on adds nothing
    ['firms that have a booth', ['exhibitor']],
    ['which companies hold a stand in the exhibition hall', ['exhibitor']],
    ['companies with stalls on the expo floor', ['exhibitor']],
  ])('%s', (q, relations) => {
    const expected = withEach(...relations);
    expect(expected.length).toBeGreaterThan(0);
    expect(names(q)).toEqual(expected);
  });

  it('events that have a speaker keep the noun: the events with speaker companies', () => {
    const expected = [
      ...f.oracle(
        `SELECT e.name FROM events e WHERE e.id IN (SELECT event_id FROM participations WHERE relation = 'speaker')`,
      ),
    ]
      .map(String)
      .sort();
    expect(names('events that have a speaker')).toEqual(expected);
  });

  it("never drops a floor that is not the event's after a stand", () => {
    const floor = f.ask('companies that have a stand on the second floor');
    expect(floor.kind === 'sql' && sql(floor)).not.toBe(sql(f.ask('companies that have a stand')));
  });

  it('reads a light verb with an indefinite object before an event as taking part', () => {
    const any = f.ask('companies taking part in events');
    expect(f.ask('companies doing something at events').kind).toBe('sql');
    expect(sql(f.ask('firms that did anything at events'))).toBe(sql(any));
  });
}

describe('relation nouns held by companies (demo data)', () => heldRelations(demoFixture));
describe.skipIf(!hasRealData)('relation nouns held by companies (real data)', () => heldRelations(realFixture));
