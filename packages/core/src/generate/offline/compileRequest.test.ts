import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { POSTGRESQL_COMPILE_DIALECT } from './compile/CompileDialect';
import { compileRequest, UncompilableRequest } from './compile/compileRequest';
import type { Request } from './ir/Request';
import { validateRequest } from './validate/validateRequest';

const base = (target: Request['target'], shape: Request['shape'] = { kind: 'list' }): Request => ({
  version: 1,
  target,
  shape,
  attributes: [],
  ignored: [],
});

/** The contract's data tables, empty: enough to prepare every compiled statement. */
function schemaDb(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE events (id INTEGER PRIMARY KEY, url TEXT, name TEXT, start_date TEXT, end_date TEXT, duration_days INTEGER, venue TEXT, venue_group TEXT, city TEXT, country TEXT, description TEXT);
    CREATE TABLE tags (tag TEXT PRIMARY KEY, label TEXT, description TEXT);
    CREATE TABLE event_tags (event_id INTEGER, tag TEXT);
    CREATE TABLE companies (id INTEGER PRIMARY KEY, domain TEXT, name TEXT, homepage_url TEXT, linkedin_url TEXT, phone TEXT, founded_year INTEGER, address TEXT, city TEXT, country_code TEXT, country TEXT, employees_raw TEXT, employees_min INTEGER, employees_max INTEGER, revenue_raw TEXT, revenue_usd REAL, industry TEXT);
    CREATE TABLE company_industries (company_id INTEGER, industry TEXT, position INTEGER);
    CREATE TABLE participations (id INTEGER PRIMARY KEY, event_id INTEGER, company_id INTEGER, relation TEXT);
    CREATE TABLE people (id INTEGER PRIMARY KEY, company_id INTEGER, company_domain TEXT, first_name TEXT, surname TEXT, full_name TEXT, job_title TEXT, job_function TEXT, seniority TEXT, city TEXT, country_code TEXT, country TEXT, email TEXT);
    INSERT INTO events VALUES (1, 'u', 'Robert''); DROP TABLE events;--', '2024-10-01', '2024-10-02', 2, 'Suntec', 'Suntec', 'Singapore', 'Singapore', NULL);
  `);
  return db;
}

describe('compileRequest', () => {
  it('pins the shape of a three-level join (people -> companies -> events)', () => {
    const r = base({
      entity: 'people',
      conds: [
        { kind: 'jobFunction', values: ['sales'], negate: false },
        {
          kind: 'link',
          relations: [],
          negate: false,
          node: {
            entity: 'companies',
            conds: [
              {
                kind: 'link',
                relations: ['sponsor'],
                negate: false,
                node: {
                  entity: 'events',
                  conds: [{ kind: 'country', values: ['Singapore'], negate: false, label: 'Singapore' }],
                },
              },
            ],
          },
        },
      ],
    });
    const { sql, params, firstPageSql } = compileRequest(r);
    const joinAndJobs =
      ' LEFT JOIN "companies" AS "p1c" ON "p1c"."id" = "p1"."company_id" ' +
      'WHERE EXISTS (SELECT 1 FROM "person_job_functions" AS "pf2" WHERE "pf2"."person_id" = "p1"."id" AND "pf2"."job_function" IN (?)) ';
    // A total order: the name, then every listed column.
    const order =
      'ORDER BY "p1"."full_name", "p1"."first_name", "p1"."surname", "p1"."job_title", "p1c"."name", "p1"."company_domain", "p1"."email", "p1"."country"';
    const rest =
      joinAndJobs +
      // The companies at the events are the participations' company ids themselves (no companies table read).
      'AND "p1"."company_id" IN ' +
      '(SELECT "pa4"."company_id" FROM "participations" AS "pa4" WHERE "pa4"."relation" IN (?) AND "pa4"."event_id" IN (SELECT "e5"."id" FROM "events" AS "e5" WHERE "e5"."country" IN (?))) ' +
      order;
    // The walk tests a few thousand rows: the link is followed from each (the person's company's participations,
    // each one's event by its id) instead of the sets built; the parameters in the same order.
    const walkRest =
      joinAndJobs +
      'AND EXISTS (SELECT 1 FROM "participations" AS "pa4" WHERE "pa4"."relation" IN (?) AND ' +
      'EXISTS (SELECT 1 FROM "events" AS "e5" WHERE "e5"."country" IN (?) AND "e5"."id" = "pa4"."event_id") AND "pa4"."company_id" = "p1"."company_id") ' +
      order;
    const select =
      'SELECT DISTINCT "p1"."full_name", "p1"."first_name", "p1"."surname", "p1"."job_title", "p1c"."name" AS "company", "p1"."company_domain", "p1"."email", "p1"."country" FROM ';
    expect(sql).toBe(`${select}"people" AS "p1"${rest}`);
    // The first page walks the names: the same conditions on every person up to the 5,000th name.
    expect(firstPageSql).toBe(
      `${select}(SELECT * FROM "people" WHERE "full_name" <= (SELECT "full_name" FROM "people" ORDER BY "full_name" LIMIT 1 OFFSET 5000) ORDER BY "full_name" LIMIT -1) AS "p1"${walkRest}`,
    );
    expect(params).toEqual(['sales', 'sponsor', 'Singapore']);
    // PostgreSQL plans a LIMIT itself: no walk there.
    expect(compileRequest(r, POSTGRESQL_COMPILE_DIALECT).firstPageSql).toBeUndefined();
  });

  it('pins a count and a grouped top N', () => {
    // an event listed under several URLs is one event: names counted, the listings beside them; "the event
    // listings" (perRow) counts the rows
    expect(compileRequest(base({ entity: 'events', conds: [] }, { kind: 'count' })).sql).toBe(
      'SELECT COUNT(DISTINCT lower("e1"."name")) AS "count", COUNT(*) AS "listings" FROM "events" AS "e1"',
    );
    expect(compileRequest(base({ entity: 'events', conds: [] }, { kind: 'count', perRow: true })).sql).toBe(
      'SELECT COUNT(*) AS "count", COUNT(DISTINCT lower("e1"."name")) AS "distinct_names" FROM "events" AS "e1"',
    );
    const top = compileRequest(
      base({ entity: 'people', conds: [] }, { kind: 'group', dimension: 'country', order: 'desc', limit: 5 }),
    );
    expect(top.sql).toContain('RANK() OVER (ORDER BY COUNT(DISTINCT "p1"."id") DESC)');
    expect(top.params).toEqual([5]);
  });

  it('binds every value as a parameter (no SQL built from user text)', () => {
    const evil = `x'); DROP TABLE events; --`;
    const r = base({
      entity: 'events',
      conds: [
        { kind: 'text', words: [evil], label: evil, negate: false },
        { kind: 'country', values: [evil], negate: true, label: evil },
        { kind: 'venue', patterns: [`%${evil}%`], label: evil, negate: false },
      ],
    });
    const { sql, params } = compileRequest(r);
    expect(sql).not.toContain('DROP');
    expect(params).toContain(evil);
    const db = schemaDb();
    expect(() => db.prepare(sql).all(...params)).not.toThrow();
    expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(1);
  });

  it('every shape prepares against the contract tables', () => {
    const db = schemaDb();
    const nodes: Request['target'][] = [
      {
        entity: 'events',
        conds: [
          { kind: 'tag', tags: ['oil_gas'], label: 'Oil & Gas', negate: false },
          { kind: 'past', asOf: '2024-07-15' },
        ],
      },
      {
        entity: 'companies',
        conds: [
          { kind: 'compare', column: 'employees', op: 'between', value: 51, value2: 200, label: '' },
          { kind: 'industry', industries: [], words: ['oil'], label: 'oil', negate: false },
        ],
      },
      {
        entity: 'people',
        conds: [
          { kind: 'title', label: 'CEO', patterns: ['ceo'], exclude: ['assistant to'], negate: false },
          { kind: 'hasEmail', negate: false },
        ],
      },
      { entity: 'participations', conds: [{ kind: 'relation', values: ['sponsor'], negate: true }] },
      {
        entity: 'companies',
        conds: [{ kind: 'linkCount', entity: 'people', relations: [], op: '>', value: 3, label: '' }],
      },
    ];
    const shapes: Request['shape'][] = [
      { kind: 'list' },
      { kind: 'count' },
      { kind: 'group', dimension: 'country', order: 'desc', limit: null },
      { kind: 'group', dimension: 'relation', order: 'desc', limit: 3 },
      {
        kind: 'rankByCount',
        node: { entity: 'people', conds: [] },
        relations: [],
        order: 'desc',
        limit: 1,
        label: 'people',
      },
      { kind: 'rankByColumn', column: 'date', order: 'desc', limit: 1 },
      { kind: 'aggregate', fn: 'avg', column: 'revenue_usd' },
    ];
    let compiled = 0;
    for (const target of nodes) {
      for (const shape of shapes) {
        const request = base(target, shape);
        // impossible combinations (an average of revenue over events) are refused before compiling
        if (validateRequest(request)) {
          expect(() => compileRequest(request)).toThrow(UncompilableRequest);
          continue;
        }
        const { sql, params } = compileRequest(request);
        expect(() => db.prepare(sql).all(...params), sql).not.toThrow();
        compiled++;
      }
    }
    expect(compiled).toBeGreaterThan(20);
  });
});
