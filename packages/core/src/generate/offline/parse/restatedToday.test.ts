/**
 * A reference to today after a state measured from today ("already finished as of today", "started so far") restates
 * the as-of date: the same request as the state alone, never a second condition "running today".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';

describe('"as of today" after a state of events restates the date', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['which events have already finished as of today?', 'which events have already finished?'],
    ['events that have already taken place to date', 'events that have already taken place'],
    ['which events have started so far', 'which events have started'],
    ['events in Singapore that are over as of now', 'events in Singapore that are over'],
  ])('"%s" is "%s"', (withReference, alone) => {
    const a = f.ask(withReference);
    const b = f.ask(alone);
    expect(a.kind).toBe('sql');
    if (a.kind !== 'sql' || b.kind !== 'sql') return;
    expect(a.interpretation).toBe(b.interpretation);
    expect(a.interpretation).not.toContain('running on');
  });
});
