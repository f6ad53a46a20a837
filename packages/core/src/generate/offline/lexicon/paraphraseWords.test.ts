import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, sql, type Fixture } from '../testkit';

/**
 * The writer's own words for notions the vocabulary already holds: a verb of playing a part before "as" and a
 * relation noun (act / serve / function / appear as), the company's people as one body (workforce, manpower), the head
 * office by its other nouns, a department called a "function", and an indefinite place word before any
 * word of exclusion. Each reads as its plain wording; before, the paraphrase word was asked back or refused.
 */
describe('paraphrases of the vocabulary (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['which companies act as sponsors at events?', 'which companies participate as sponsors at events?'],
    ['companies serving as partners at any event', 'companies participating as partners at any event'],
    ['firms that function as exhibitors at events', 'firms that participate as exhibitors at events'],
    ['companies with a workforce over 1000', 'companies with a headcount over 1000'],
    ['companies whose manpower is below 200', 'companies whose headcount is below 200'],
    ['companies that have their head office in Germany', 'companies headquartered in Germany'],
    ['firms with a main office in the United States', 'firms headquartered in the United States'],
    ['members of the finance function in Singapore', 'members of the finance team in Singapore'],
    ['who in the sales function is based in Japan?', 'who in the sales team is based in Japan?'],
    ['events held somewhere other than Singapore', 'events held outside Singapore'],
    ['events happening somewhere apart from Germany', 'events happening outside Germany'],
    ['which CEOs appear among our contacts?', 'which CEOs are among our contacts?'],
    ['in which events does each company have some kind of role?', 'in which events does each company take part?'],
    ['companies that play a part in events in 2025', 'companies that take part in events in 2025'],
    // a restatement by "meaning" / "namely": the list after it replaces the vaguer words before it
    ['the sales leaders, namely directors, VPs or chiefs in sales', 'sales directors, VPs or chiefs'],
    ['senior marketing decision-makers', 'marketing decision-makers'],
  ])('%s reads as %s', (q, plain) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(plain)));
  });

  it('the list restated replaces the vaguer level: no union with it', () => {
    const asked = f.ask('senior finance people, meaning directors or VPs');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(
      /seniority is (Director or VP|VP or Director),/,
    );
  });

  it.each([
    // "function" alone is no department: the function a company plays at events is not in the data
    'what function does each company serve?',
    // "as" after a verb of playing a part needs a relation noun: "act as advisers" is no relation to an event
    'which companies act as advisers at events?',
    // a role with no event to take part in is no relation
    'which people have a role in frogs?',
  ])('%s is not answered as a plain list', (q) => {
    const asked = f.ask(q);
    expect(asked.kind).not.toBe('sql');
  });
});
