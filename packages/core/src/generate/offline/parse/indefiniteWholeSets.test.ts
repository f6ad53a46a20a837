import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../testkit';

/**
 * "some" or "any" before the noun of the rows asked, with nothing else said of them, asks for an unstated part of the
 * whole table: asked about, offering all of it; "all" or "every" asks for the whole table and is answered, and so is
 * an indefinite noun with a condition. Sentences of our own.
 */
warnIfNoRealData('indefinite requests for a whole table');

describe.runIf(hasRealData)('indefinite requests for a whole table (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['pull up some contacts', 'some contacts'],
    ['could you get me some companies', 'some companies'],
    ['any conferences?', 'any conferences'],
    ['grab me some firms pls', 'some firms'],
    ['show some events', 'some events'],
  ])('asks which ones, offering all: %s', (q, said) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    expect(asked.clarification.question).toContain(`"${said}"`);
    expect(asked.clarification.options.map((o) => o.label)[0]).toMatch(/^all /);
  });

  it.each([
    'list every company',
    'show all the people',
    'all events please',
    'some people at siemens',
    'any events in october?',
    'some sponsors of ahice',
  ])('answers the whole set asked for, or a part that is said: %s', (q) => {
    expect(f.ask(q).kind, q).toBe('sql');
  });

  it('narrows an earlier answer with "any" in a follow-up', () => {
    expect(f.ask('events in singapore next month', 'any events?').kind).toBe('sql');
  });
});

/**
 * A set the question takes as known ("the big players") or no rows named at all ("sort me out for next week"), with
 * no earlier turn: asked about, never answered with a guess. Sentences of our own.
 */
describe.runIf(hasRealData)('unstated sets (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['the big firms', 'the big'],
    ['the large exhibitors?', 'the large'],
    ['the huge corporations', 'the huge'],
    ['could you help me out for october', 'me out'],
    ['sort us out with q1 pls', 'us out'],
    ['can you set me up for next month', 'me up'],
  ])('asks what is meant: %s', (q, said) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    expect(asked.clarification.question).toContain(said);
    expect(asked.clarification.options.length).toBeGreaterThan(0);
  });

  it.each([
    'large companies',
    'all big firms',
    'the big sponsors of itb asia',
    'anything next week?',
    'help us out with events in q4',
    'the large companies || show me their events',
  ])('answers: %s', (q) => {
    const asked = f.ask(...q.split(' || '));
    expect(asked.kind, q).toBe('sql');
  });

  it('the choice offered answers the question', () => {
    const asked = f.ask('the big firms', 'all big firms');
    expect(asked.kind).toBe('sql');
  });
});
