import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';

describe('a detail the data does not hold, asked of a thing the question names (demo data)', () => {
  let f: Fixture;
  let event: string;
  beforeAll(async () => {
    f = await demoFixture();
    event = String([...f.oracle(`SELECT name FROM events ORDER BY name LIMIT 1`)][0]);
  });
  afterAll(() => f.close());

  /** The refusal's message, or what was answered instead. */
  const refusal = (q: string): string => {
    const asked = f.ask(q);
    return asked.kind === 'refusal' ? asked.message : `(${asked.kind})`;
  };

  it.each([
    ["what's the agenda for %E?", '"agenda" for events'],
    ['%E dress code', '"dress code" for events'],
    ['where can I park at %E', 'where to "park" at events'],
    ['what is the wifi password at %E', '"wifi password" for events'],
  ])('%s is refused naming the detail, never asked what it means nor answered with the event', (q, named) => {
    expect(refusal(q.replace('%E', event))).toContain(`The data has nothing on ${named}`);
  });

  it('asked alone after a turn about an event, the detail is of the earlier rows', () => {
    const asked = f.ask(`tell me about ${event}`, 'and the dress code?');
    expect(asked.kind === 'refusal' ? asked.message : asked.kind).toContain('nothing on "dress code" for events');
    // with no earlier turn there is nothing it is of: not said to be a detail of events
    const alone = f.ask('and the dress code?');
    expect(alone.kind === 'refusal' ? alone.message : alone.kind).not.toContain('for events');
  });

  it('a noun of events by WordNet asked of a named event is a figure or a part of it, not the event', () => {
    // "turnout" is read as "gathering", a noun of events: the event's row was the answer
    expect(refusal(`what was the turnout at ${event}`)).toContain('The data has nothing on "turnout" for events');
    expect(refusal(`what sessions are there at ${event}`)).toContain('"sessions"');
    // ... asked of no named event it is a noun of events still
    expect(f.ask('which gatherings are in Singapore').kind).toBe('sql');
  });

  it('a detail the data holds, a participant named otherwise and a condition are not refused so', () => {
    // "profiles" restates the LinkedIn page read before it; "headliners" may be the event's speakers; "with
    // parking" narrows the sponsors, no detail asked of them: all are asked about
    for (const q of [
      `linkedin profiles of the sponsors of ${event}`,
      `the headliners at ${event}`,
      `sponsors of ${event} with parking`,
    ])
      expect(f.ask(q).kind).not.toBe('refusal');
  });

  it.each([
    ['visitor numbers for %E', '"visitor numbers" for events'],
    ['how many visitors did %E get', '"visitors" for events'],
    ['guests at %E', '"guests" for events'],
    ['attendance at %E', '"attendance" for events'],
    ['audience numbers for %E', '"audience" for events'],
  ])('%s asks who came to the event: refused, never a count of some staff titled so', (q, named) => {
    expect(refusal(q.replace('%E', event))).toContain(`The data has nothing on ${named}`);
  });

  it('a noun of visitors said of the companies is their people', () => {
    expect(f.ask(`visitor experience managers at the sponsors of ${event}`).kind).not.toBe('refusal');
  });
});
