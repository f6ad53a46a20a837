import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, realFixture, type Fixture } from '../../testkit';

/**
 * A collective noun of managing people after a job function ("marketing mgmt", "hr management contacts") is that
 * function at manager level or above: never dropped ("mgmt" was swallowed: blind30 d060, blind29 c087, blind27
 * a056), never a plain noun of people ("management"); "product management" stays the product function.
 */
function managementNouns(fixture: () => Promise<Fixture>): void {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  afterAll(() => f.close());

  const people = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return new Set(asked.kind === 'sql' ? asked.rows.map((r) => r[0]) : []);
  };
  const managing = (fn: string): Set<unknown> =>
    f.oracle(
      `SELECT p.full_name FROM people p WHERE p.id IN (SELECT person_id FROM person_job_functions WHERE job_function = ?)
         AND p.seniority IN ('c_level', 'vp', 'director', 'head', 'manager')`,
      fn,
    );

  it.each([
    ['marketing mgmt', 'marketing'],
    ['hr management contacts', 'hr'],
    ['sales mgmt people', 'sales'],
    ['who is in finance management', 'finance'],
  ])('%s: the function at manager level or above', (q, fn) => {
    const expected = managing(fn);
    expect(expected.size).toBeGreaterThan(0);
    expect(people(q)).toEqual(expected);
  });

  it('"product management" is the product function, every level', () => {
    const all = f.oracle(
      `SELECT p.full_name FROM people p WHERE p.id IN (SELECT person_id FROM person_job_functions WHERE job_function = 'product')`,
    );
    expect(people('product management people')).toEqual(all);
  });
}

describe('management nouns after a function (demo data)', () => managementNouns(demoFixture));
describe.skipIf(!hasRealData)('management nouns after a function (real data)', () => managementNouns(realFixture));
