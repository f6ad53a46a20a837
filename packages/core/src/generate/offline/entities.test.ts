import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, columns, demoFixture, hasRealData, realFixture, sql, warnIfNoRealData, type Fixture } from './testkit';

const set = (xs: unknown[]): Set<unknown> => new Set(xs);

describe('entities and relations (demo data)', () => {
  let f: Fixture;
  let eventName = '';
  let companyName = '';
  beforeAll(async () => {
    f = await demoFixture();
    eventName = String(f.db.prepare(`SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor'
      GROUP BY e.id HAVING (SELECT COUNT(*) FROM events x WHERE x.name = e.name) = 1 ORDER BY COUNT(*) DESC LIMIT 1`).pluck().get());
    companyName = String(f.db.prepare(`SELECT c.name FROM companies c JOIN people p ON p.company_id = c.id
      GROUP BY c.id HAVING (SELECT COUNT(*) FROM companies x WHERE lower(x.name) = lower(c.name)) = 1 ORDER BY COUNT(*) DESC LIMIT 1`).pluck().get());
  });
  afterAll(() => f.close());

  const sponsorsOracle = (): Set<unknown> => f.oracle(`SELECT c.domain FROM companies c JOIN participations p ON p.company_id = c.id
    JOIN events e ON e.id = p.event_id WHERE e.name = ? AND p.relation = 'sponsor'`, eventName);

  it.each([
    'Which companies are sponsoring {E}?',
    'Who is sponsoring {E}?',
    'List the sponsors of {E}',
    'show me {E} sponsors',
    'which firms sponsor {E}',
  ])('a named relation filters on it: %s', (template) => {
    const r = f.ask(template.replace('{E}', eventName));
    expect(sql(r)).toContain('"relation" IN (?)');
    expect(set(column(r, 'domain'))).toEqual(sponsorsOracle());
  });

  it.each([
    'Which companies are attending {E}?',
    'companies taking part in {E}',
    'Who is participating in {E}?',
    'list the companies at {E}',
  ])('attending / taking part / at means any relation: %s', (template) => {
    const r = f.ask(template.replace('{E}', eventName));
    const oracle = f.oracle(`SELECT c.domain FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id WHERE e.name = ?`, eventName);
    expect(set(column(r, 'domain'))).toEqual(oracle);
  });

  it.each(['Who works at {C}?', 'people at {C}', '{C} employees', 'list contacts working for {C}'])('people at a company: %s', (template) => {
    const r = f.ask(template.replace('{C}', companyName));
    const oracle = f.oracle(`SELECT p.first_name || '|' || COALESCE(p.surname, '') FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ?`, companyName);
    const got = new Set(r.kind === 'sql' ? r.rows.map((row) => `${String(row[1])}|${String(row[2] ?? '')}`) : []);
    expect(got).toEqual(oracle);
  });

  it.each([
    'What events is {C} attending?',
    'Which events does {C} take part in?',
  ])('events of a company: %s', (template) => {
    const r = f.ask(template.replace('{C}', companyName));
    const oracle = f.oracle(`SELECT e.url FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id WHERE c.name = ?`, companyName);
    expect(set(column(r, 'url'))).toEqual(oracle);
  });

  it.each([
    'In the next 12 months, which companies are attending {E}?',
    '{E}: which companies are going?',
  ])('the question clause may come second: %s', (template) => {
    const r = f.ask(template.replace('{E}', eventName));
    expect(columns(r)[0]).toBe('company');
  });

  it.each(["What is {P}'s email?", 'Who is {P}?', 'show me {P}'])('people by full name: %s', (template) => {
    const person = f.db.prepare(`SELECT first_name, surname FROM people WHERE surname IS NOT NULL AND length(surname) > 3 AND first_name GLOB '[A-Z][a-z]*'
      AND (SELECT COUNT(*) FROM people x WHERE x.full_name = people.full_name) = 1 ORDER BY id LIMIT 1`).get() as { first_name: string; surname: string };
    const r = f.ask(template.replace('{P}', `${person.first_name} ${person.surname}`));
    expect(column(r, 'first_name')).toEqual([person.first_name]);
  });

  it('lists identifying columns for each entity', () => {
    expect(columns(f.ask('list all events')).slice(0, 2)).toEqual(['event', 'url']);
    expect(columns(f.ask('show me every company')).slice(0, 2)).toEqual(['company', 'domain']);
    expect(columns(f.ask('list our contacts')).slice(0, 3)).toEqual(['full_name', 'first_name', 'surname']);
  });
});

describe('value linking (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => { f = await demoFixture(); });
  afterAll(() => f.close());

  it.each(['Which events are in Singapore?', 'events held in singapore', 'Singapore events'])('event country: %s', (q) => {
    expect(set(column(f.ask(q), 'url'))).toEqual(f.oracle(`SELECT url FROM events WHERE country = 'Singapore'`));
  });

  it.each(['What events are at Marina Bay Sands?', 'events held at the Sands Expo', 'Which conferences take place at MBS?'])('venue groups: %s', (q) => {
    const oracle = f.oracle(`SELECT url FROM events WHERE venue LIKE '%marina%bay%sands%' OR venue LIKE '%sands%expo%'`);
    expect(set(column(f.ask(q), 'url'))).toEqual(oracle);
  });

  it.each(['Which companies are headquartered in the United States?', 'US-based companies', 'American companies', 'companies based in the USA'])('company country: %s', (q) => {
    expect(set(column(f.ask(q), 'domain'))).toEqual(f.oracle(`SELECT domain FROM companies WHERE country = 'United States'`));
  });

  it.each(['oil and gas events', 'Which events are related to oil & gas?', 'show me Oil & Gas conferences'])('event tags from their label: %s', (q) => {
    const oracle = f.oracle(`SELECT e.url FROM events e JOIN event_tags t ON t.event_id = e.id WHERE t.tag = 'oil_gas'`);
    expect(set(column(f.ask(q), 'url'))).toEqual(oracle);
  });

  it.each(['companies in the oil and gas industry', 'Oil and gas companies'])('company industry: %s', (q) => {
    const r = f.ask(q);
    expect(sql(r)).toContain('"company_industries"');
    const oracle = f.oracle(`SELECT c.domain FROM companies c JOIN company_industries i ON i.company_id = c.id WHERE i.industry LIKE '%oil%' AND i.industry LIKE '%gas%'`);
    expect(set(column(r, 'domain'))).toEqual(oracle);
  });

  it.each(['Which events are held in Singapor?', 'events in Singapoer'])('one-letter typos in values are tolerated: %s', (q) => {
    expect(new Set(column(f.ask(q), 'url'))).toEqual(f.oracle(`SELECT url FROM events WHERE country = 'Singapore'`));
  });

  it.each(['Which conferences are about quantum teleportation?', 'companies in the underwater basket weaving sector'])('a theme that matches nothing is reported as unmapped: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'refusal' && r.code).toBe('UNMAPPED');
  });

  it.each([`Find people with 'manager' in their title`, 'contacts whose title contains "Manager"', 'Who has the title Manager?'])('a literal job title: %s', (q) => {
    const r = f.ask(q);
    expect(sql(r)).toContain('"job_title" LIKE ?');
    expect(column(r, 'job_title').every((t) => /manager/i.test(String(t)))).toBe(true);
  });

  it.each(['sales people', 'Find our salespeople', 'contacts in sales'])('job function: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'sql' && r.rows.length).toBe(f.oracle(`SELECT id FROM people WHERE job_function = 'sales'`).size);
  });
});

describe.skipIf(!hasRealData)('entities and value linking (real data)', () => {
  warnIfNoRealData('entities');
  let f: Fixture;
  beforeAll(async () => { f = await realFixture(); });
  afterAll(() => f?.close());

  it.each([
    'List the companies that sponsor Aviation Festival Asia',
    'who are the sponsors of the Aviation Festival Asia 2025',
  ])('fuzzy event names (year optional): %s', (q) => {
    const r = f.ask(q);
    expect(column(r, 'company').length).toBeGreaterThan(150);
  });

  it.each(['Which events take place at the Sands Expo?', 'events at Marina Bay Sands'])('venue group covers Sands Expo rows: %s', (q) => {
    const urls = set(column(f.ask(q), 'url'));
    expect(urls.has('https://www.seafoodexpo.com/asia/')).toBe(true);
    expect(urls.has('https://digimarconapac.com/')).toBe(true);
  });

  it.each(['companies in the pharmaceutical industry', 'Pharmaceutical companies'])('industry stems: %s', (q) => {
    expect(set(column(f.ask(q), 'company'))).toContain('Pfizer');
  });

  it.each(['Who works at Zscalar?', 'people working for zscaler.com'])('company by misspelt name or domain: %s', (q) => {
    expect(column(f.ask(q), 'company_domain').every((d) => d === 'zscaler.com')).toBe(true);
  });

  it.each(['Contacts based in California', 'people in the state of California'])('states: %s', (q) => {
    expect(sql(f.ask(q))).toContain('"state" IN (?, ?)');
  });
});
