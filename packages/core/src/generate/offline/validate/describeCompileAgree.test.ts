import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRequest, UncompilableRequest } from '../compile/compileRequest';
import { describeCond, describeRequest } from '../compile/describeRequest';
import type { Cond, EntityKind, JobFunction, Node, Relation, Request, Seniority, Shape } from '../ir/Request';
import { RELATIONS } from '../ir/Request';
import { validateRequest } from './validateRequest';

/** The data tables with the columns the compiler may use, empty: preparing a statement checks every column. */
function schemaDb(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE events (id INTEGER PRIMARY KEY, url TEXT, name TEXT, start_date TEXT, end_date TEXT, duration_days INTEGER, venue TEXT, venue_group TEXT, city TEXT, country TEXT, description TEXT);
    CREATE TABLE tags (tag TEXT PRIMARY KEY, label TEXT, description TEXT);
    CREATE TABLE event_tags (event_id INTEGER, tag TEXT);
    CREATE TABLE companies (id INTEGER PRIMARY KEY, domain TEXT, name TEXT, homepage_url TEXT, linkedin_url TEXT, phone TEXT, founded_year INTEGER, address TEXT, city TEXT, state TEXT, country_code TEXT, country TEXT, employees_raw TEXT, employees_min INTEGER, employees_max INTEGER, revenue_raw TEXT, revenue_usd REAL, industry TEXT);
    CREATE TABLE company_industries (company_id INTEGER, industry TEXT, position INTEGER);
    CREATE TABLE participations (id INTEGER PRIMARY KEY, event_id INTEGER, company_id INTEGER, relation TEXT);
    CREATE TABLE people (id INTEGER PRIMARY KEY, company_id INTEGER, company_domain TEXT, first_name TEXT, surname TEXT, full_name TEXT, job_title TEXT, job_function TEXT, seniority TEXT, city TEXT, state TEXT, country_code TEXT, country TEXT, email TEXT);
    CREATE TABLE person_job_functions (person_id INTEGER, job_function TEXT, position INTEGER);
  `);
  return db;
}

const entity = fc.constantFrom<EntityKind>('events', 'companies', 'people', 'participations');
const named = fc.constantFrom<'events' | 'companies' | 'people'>('events', 'companies', 'people');
const word = fc.constantFrom('asia', 'fintech', 'summit', 'oil', 'cloud', 'robotics');
const negate = fc.boolean();
const relations = fc.uniqueArray(fc.constantFrom<Relation>(...RELATIONS), { maxLength: 3 });
const op = fc.constantFrom('>', '>=', '<', '<=', '=', 'between' as const);

/** Any condition the IR can hold, including ones on the wrong entity (the validator must catch those). */
const cond = (depth: number): fc.Arbitrary<Cond> => {
  const leaves: fc.Arbitrary<Cond>[] = [
    fc.record({
      kind: fc.constant('ids' as const),
      entity: named,
      ids: fc.array(fc.nat(99), { minLength: 1, maxLength: 3 }),
      names: fc.constant<string[]>(['Named']),
    }),
    fc.record({
      kind: fc.constant('notIds' as const),
      entity: fc.constantFrom<'events' | 'companies'>('events', 'companies'),
      ids: fc.array(fc.nat(99), { minLength: 1, maxLength: 2 }),
      names: fc.constant<string[]>(['Other']),
    }),
    fc.record({
      kind: fc.constant('startBetween' as const),
      from: fc.constantFrom<string | null>('2024-10-01', null),
      to: fc.constantFrom<string | null>('2024-12-31', null),
      label: fc.constant<string>('Q4 2024'),
    }),
    fc.record({
      kind: fc.constant('endBetween' as const),
      from: fc.constantFrom<string | null>('2024-11-01', null),
      to: fc.constantFrom<string | null>('2024-11-30', null),
      label: fc.constant<string>('November 2024'),
    }),
    fc.record({ kind: fc.constant('past' as const), asOf: fc.constant<string>('2024-07-15') }),
    fc.record({ kind: fc.constant('ongoing' as const), asOf: fc.constant<string>('2024-07-15') }),
    fc.record({
      kind: fc.constant('country' as const),
      values: fc.constant<string[]>(['Singapore']),
      negate,
      label: fc.constant<string>('Singapore'),
    }),
    fc.record({ kind: fc.constant('city' as const), values: fc.constant<string[]>(['Austin']), negate }),
    fc.record({
      kind: fc.constant('state' as const),
      values: fc.constant<string[]>(['TX', 'Texas']),
      label: fc.constant<string>('Texas'),
      negate,
    }),
    fc.record({
      kind: fc.constant('venue' as const),
      patterns: fc.constant<string[]>(['%suntec%']),
      label: fc.constant<string>('Suntec'),
      negate,
    }),
    fc.record({
      kind: fc.constant('tag' as const),
      tags: fc.constant<string[]>(['oil_gas']),
      label: fc.constant<string>('Oil & Gas'),
      negate,
    }),
    fc.record({
      kind: fc.constant('text' as const),
      words: fc.array(word, { minLength: 1, maxLength: 2 }),
      label: fc.constant<string>('t'),
      negate,
    }),
    fc.record({
      kind: fc.constant('nameHas' as const),
      words: fc.array(word, { minLength: 1, maxLength: 2 }),
      label: fc.constant<string>('n'),
      negate,
    }),
    fc.record({
      kind: fc.constant('industry' as const),
      industries: fc.constantFrom<string[]>([], ['Banking']),
      words: fc.constant<string[]>(['bank']),
      label: fc.constant<string>('banking'),
      negate,
    }),
    fc.record({
      kind: fc.constant('compare' as const),
      column: fc.constantFrom('employees', 'revenue_usd', 'founded_year', 'duration_days' as const),
      op,
      value: fc.integer({ min: 1, max: 5000 }),
      value2: fc.integer({ min: 5001, max: 9000 }),
      label: fc.constant<string>('a number'),
    }),
    fc.record({
      kind: fc.constant('jobFunction' as const),
      values: fc.uniqueArray(fc.constantFrom<JobFunction>('sales', 'marketing', 'hr'), { minLength: 1, maxLength: 2 }),
      negate,
      all: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('seniority' as const),
      values: fc.uniqueArray(fc.constantFrom<Seniority>('c_level', 'vp', 'director'), { minLength: 1, maxLength: 2 }),
      negate,
    }),
    // a group of levels or a function ("executives")
    fc.record({
      kind: fc.constant('seniority' as const),
      values: fc.constant<Seniority[]>(['c_level', 'vp']),
      negate,
      orFunctions: fc.constant<JobFunction[]>(['executive']),
    }),
    fc.record({
      kind: fc.constant('title' as const),
      label: fc.constant<string>('CEO'),
      patterns: fc.constant<string[]>(['ceo']),
      exclude: fc.constant<string[]>(['assistant']),
      negate,
    }),
    fc.record({
      kind: fc.constant('relation' as const),
      values: fc.uniqueArray(fc.constantFrom<Relation>(...RELATIONS), { minLength: 1, maxLength: 2 }),
      negate,
    }),
    fc.record({ kind: fc.constant('hasEmail' as const), negate }),
    fc.record({
      kind: fc.constant('personName' as const),
      part: fc.constantFrom<'first' | 'surname' | 'any'>('first', 'surname', 'any'),
      values: fc.constant<string[]>(['Priya']),
      negate,
    }),
    fc.record({
      kind: fc.constant('hasValue' as const),
      entity: fc.constant('companies' as const),
      column: fc.constant<string>('revenue_usd'),
      label: fc.constant<string>('revenue'),
      negate,
    }),
    fc.record({
      kind: fc.constant('sameDates' as const),
      ids: fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 2 }),
      names: fc.constant<string[]>(['An Expo']),
      overlap: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('sameVenue' as const),
      ids: fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 2 }),
      names: fc.constant<string[]>(['An Expo']),
    }),
    fc.record({
      kind: fc.constant('urlHost' as const),
      domain: fc.constantFrom('terrapinn.com', 'singaporeexpo.com.sg'),
      said: fc.constant<string>('Terrapinn'),
      negate,
    }),
    fc.record({
      kind: fc.constant('contactsVsSize' as const),
      op: fc.constantFrom('>', '<' as const),
      label: fc.constant<string>('more contacts than employees'),
    }),
    fc.record({
      kind: fc.constant('linkCount' as const),
      entity,
      relations,
      op,
      value: fc.integer({ min: 0, max: 50 }),
      value2: fc.integer({ min: 51, max: 99 }),
      label: fc.constant<string>('sponsors'),
    }),
  ];
  if (depth <= 0) return fc.oneof(...leaves);
  // a ranking said of a node inside the question ("people at the company with the most employees")
  const top = fc.record({
    kind: fc.constant('top' as const),
    by: fc.oneof(
      fc.record({
        kind: fc.constant('column' as const),
        column: fc.constantFrom('age', 'size', 'revenue', 'date', 'duration' as const),
      }),
      fc.record({ kind: fc.constant('count' as const), node: node(0), relations, label: fc.constant('sponsors') }),
    ),
    order: fc.constantFrom('desc', 'asc' as const),
    limit: fc.integer({ min: 1, max: 10 }),
  });
  const link = fc.record({ kind: fc.constant('link' as const), relations, negate, node: node(depth - 1) });
  const except = fc.record({ kind: fc.constant('except' as const), node: node(depth - 1) });
  return fc.oneof(...leaves, link, except, top);
};

const node = (depth: number): fc.Arbitrary<Node> =>
  fc.record({ entity, conds: fc.array(cond(depth), { maxLength: 3 }) });

const shape: fc.Arbitrary<Shape> = fc.oneof(
  fc.constant({ kind: 'list' as const }),
  fc.record({ kind: fc.constant('count' as const) }),
  fc.record({
    kind: fc.constant('count' as const),
    distinct: fc.constantFrom('country', 'job_function', 'company' as const),
  }),
  fc.record({
    kind: fc.constant('group' as const),
    dimension: fc.constantFrom(
      'relation',
      'country',
      'industry',
      'tag',
      'job_function',
      'seniority',
      'month',
      'event',
      'company' as const,
    ),
    order: fc.constantFrom('desc', 'asc' as const),
    limit: fc.constantFrom<number | null>(null, 1, 3, 10),
  }),
  fc.record({
    kind: fc.constant('rankByCount' as const),
    node: node(0),
    relations,
    order: fc.constantFrom('desc', 'asc' as const),
    limit: fc.integer({ min: 1, max: 10 }),
    label: fc.constant<string>('sponsors'),
  }),
  fc.record({
    kind: fc.constant('countEach' as const),
    node: node(0),
    relations,
    label: fc.constant<string>('sponsors'),
  }),
  fc.record({
    kind: fc.constant('rankByColumn' as const),
    column: fc.constantFrom('age', 'size', 'revenue', 'date', 'duration' as const),
    order: fc.constantFrom('desc', 'asc' as const),
    limit: fc.option(fc.integer({ min: 1, max: 10 })),
  }),
  fc.record({
    kind: fc.constant('aggregate' as const),
    fn: fc.constantFrom('avg', 'sum', 'min', 'max' as const),
    column: fc.constantFrom('employees', 'revenue_usd', 'founded_year', 'duration_days' as const),
  }),
  fc.record({ kind: fc.constant('share' as const), part: node(0) }),
);

const request: fc.Arbitrary<Request> = fc.record({
  version: fc.constant(1 as const),
  target: node(2),
  shape,
  attributes: fc.constant<string[]>([]),
  ignored: fc.constant<string[]>([]),
});

/** Links along employment (people <-> companies) or within one entity carry no relation, in words or SQL. */
function relationsApply(from: EntityKind, to: EntityKind): boolean {
  const pair = new Set([from, to]);
  return from !== to && !(pair.has('people') && pair.has('companies'));
}

/** Every value a condition carries, as it must be bound (dates, names, numbers; LIKE words wrapped in %). */
function boundValues(c: Cond, from: EntityKind): unknown[] {
  switch (c.kind) {
    case 'ids':
    case 'notIds':
    case 'sameDates':
    case 'sameVenue':
      return c.ids;
    case 'startBetween':
    case 'endBetween':
      return [c.from, c.to].filter((x) => x !== null);
    case 'past':
    case 'ongoing':
      return [c.asOf];
    case 'country':
    case 'city':
    case 'state':
    case 'jobFunction':
    case 'relation':
      return c.values;
    case 'seniority':
      return [...c.values, ...(c.orFunctions ?? [])];
    case 'personName':
      return c.values.map((v) => v.toLowerCase());
    case 'venue':
      return c.patterns;
    case 'tag':
      return c.tags;
    case 'text':
    case 'nameHas':
      return c.words.map((w) => `%${w}%`);
    case 'industry':
      return c.industries.length > 0 ? c.industries : c.words.map((w) => `%${w}%`);
    case 'compare':
    case 'linkCount':
      return [c.value];
    case 'link':
      return [
        ...(relationsApply(from, c.node.entity) ? c.relations : []),
        ...c.node.conds.flatMap((inner) => boundValues(inner, c.node.entity)),
      ];
    case 'except':
      return c.node.conds.flatMap((inner) => boundValues(inner, c.node.entity));
    case 'top': {
      if (c.by.kind === 'column') return [c.limit];
      const counted = c.by.node;
      return [
        ...(relationsApply(from, counted.entity) ? c.by.relations : []),
        ...counted.conds.flatMap((inner) => boundValues(inner, counted.entity)),
        c.limit,
      ];
    }
    case 'urlHost':
      return [`%://${c.domain}/%`];
    case 'title':
    case 'hasEmail':
    case 'hasValue':
    case 'contactsVsSize':
      return [];
  }
}

const SHAPE_SQL: Readonly<Record<Shape['kind'], { words: RegExp; sql: RegExp }>> = {
  // events are listed once each, by the first listing of each name (`eventsOnce`); other rows distinct
  list: { words: /^(?!number of )/, sql: /^SELECT DISTINCT |WHERE "listing" = 1 ORDER BY / },
  count: { words: /^number of /, sql: /^SELECT COUNT\(/ },
  group: { words: /, counted by /, sql: / GROUP BY / },
  rankByCount: { words: /, ranked by number of /, sql: /RANK\(\) OVER/ },
  countEach: { words: /, each with its number of /, sql: /^SELECT (?!DISTINCT).* ORDER BY "n_/ },
  // a top N ranks (ties kept); the whole list is sorted, rows without the value last
  rankByColumn: { words: /, (?:ranked|sorted) by /, sql: /RANK\(\) OVER| ORDER BY .* IS NULL, / },
  aggregate: { words: /^(avg|sum|min|max) of /, sql: /^SELECT (AVG|SUM|MIN|MAX)\(/ },
  share: { words: /^share of .* that are also among /, sql: /^SELECT "matching", "total", ROUND\(/ },
};

describe('describeRequest and compileRequest agree on every request that validates', () => {
  const db = schemaDb();

  it('valid requests prepare, bind every described value, and have the described shape; invalid ones never compile', () => {
    let valid = 0;
    fc.assert(
      fc.property(request, (r) => {
        const problem = validateRequest(r);
        if (problem) {
          expect(() => compileRequest(r)).toThrow(UncompilableRequest);
          return;
        }
        valid++;
        const { sql, params } = compileRequest(r);
        const words = describeRequest(r);
        expect(() => db.prepare(sql), sql).not.toThrow();
        // every condition is described and every value it carries is bound in the statement
        for (const c of r.target.conds) {
          expect(words).toContain(describeCond(c, r.target.entity));
          for (const v of boundValues(c, r.target.entity))
            expect(params, `${describeCond(c, r.target.entity)} in ${sql}`).toContain(v);
        }
        const expected = SHAPE_SQL[r.shape.kind];
        expect(words).toMatch(expected.words);
        expect(sql).toMatch(expected.sql);
      }),
      { numRuns: 1500, seed: 20240715 },
    );
    // the generator must reach valid requests often enough for the property to mean something
    expect(valid).toBeGreaterThan(150);
  });
});

describe('a link to rows of the same kind', () => {
  it('is worded as the rows narrowed, never with the relations the compiler does not use', () => {
    const inner: Node = {
      entity: 'companies',
      conds: [{ kind: 'link', relations: ['sponsor'], negate: false, node: { entity: 'events', conds: [] } }],
    };
    const r: Request = {
      version: 1,
      target: {
        entity: 'companies',
        conds: [
          { kind: 'country', values: ['India'], negate: false, label: 'India' },
          { kind: 'link', relations: ['sponsor'], negate: false, node: inner },
        ],
      },
      shape: { kind: 'count' },
      attributes: [],
      ignored: [],
    };
    expect(validateRequest(r)).toBeNull();
    // the compiler reads the link as `id IN (the inner companies)`: no relation between two companies
    expect(compileRequest(r).sql).not.toMatch(/relation"? IN \(\?\).*relation"? IN \(\?\)/);
    expect(describeRequest(r)).toBe(
      'number of companies in India (headquarters), that are among companies that are sponsors of events (each company name once)',
    );
  });
});
