import { SENIORITIES } from '@musaeid/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';
import { seniorityRange } from './seniorityRanges';

describe('seniorityRange', () => {
  it.each([
    ['vp', 'up', true, ['c_level', 'vp']],
    ['director', 'up', false, ['c_level', 'vp']],
    ['c_level', 'down', false, SENIORITIES.slice(1)],
    ['manager', 'down', true, ['manager', 'senior', 'entry']],
  ] as const)('%s %s (inclusive %s)', (level, direction, inclusive, expected) => {
    expect(seniorityRange(level, { direction, inclusive })).toEqual(expected);
  });
});

describe('seniority ranges over the demo data', () => {
  let f: Fixture;
  let company: string;
  beforeAll(async () => {
    f = await demoFixture();
    // the company with the most contacts, so that several levels occur there
    company = String(
      [
        ...f.oracle(
          `SELECT c.name FROM companies c JOIN people p ON p.company_id = c.id GROUP BY c.id ORDER BY COUNT(*) DESC, c.name LIMIT 1`,
        ),
      ][0],
    );
  });
  afterAll(() => f.close());

  const emails = (q: string): Set<unknown> => new Set(column(f.ask(q), 'email'));
  const levels = (values: readonly string[], atCompany: boolean): Set<unknown> =>
    f.oracle(
      `SELECT p.email FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE p.seniority IN (${values
        .map(() => '?')
        .join(', ')})${atCompany ? ' AND c.name = ?' : ''}`,
      ...values,
      ...(atCompany ? [company] : []),
    );

  it.each([
    ['VP and above people at {c}', ['c_level', 'vp']],
    ['directors or higher at {c}', ['c_level', 'vp', 'director']],
    ['who at {c} is director level or above?', ['c_level', 'vp', 'director']],
    ['contacts at {c} who are at least VP', ['c_level', 'vp']],
    ['anyone more senior than a director at {c}', ['c_level', 'vp']],
    ['people below C-level at {c}', SENIORITIES.slice(1)],
    ['staff at {c} more junior than VP', SENIORITIES.slice(2)],
    ['managers and above at {c}', SENIORITIES.slice(0, 5)],
    ['vp+ people at {c}', ['c_level', 'vp']],
    ['people under manager level at {c}', ['senior', 'entry']],
  ] as const)('%s', (q, values) => {
    expect(emails(q.replace('{c}', company))).toEqual(levels(values, true));
  });

  it.each([
    // a range said of a group of levels restricts it: a person has one seniority, both must hold
    ['leaders at {c} at VP level or above', ['c_level', 'vp']],
    ['decision makers at {c} who are director or above', ['c_level', 'vp', 'director']],
    // a list of levels stays their union
    ['directors and VPs at {c}', ['vp', 'director']],
    ['leaders and managers at {c}', ['c_level', 'vp', 'director', 'head', 'manager']],
  ] as const)('%s', (q, values) => {
    expect(emails(q.replace('{c}', company))).toEqual(levels(values, true));
  });

  it('a range is a count when asked for one', () => {
    const asked = f.ask('how many contacts are director or above?');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    const [expected] = f.oracle(`SELECT COUNT(*) FROM people WHERE seniority IN ('c_level', 'vp', 'director')`);
    expect(asked.rows[0]?.[0]).toBe(expected);
  });
});
