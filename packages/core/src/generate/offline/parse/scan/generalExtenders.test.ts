import { describe, expect, it } from 'vitest';
import { demoScanner, interpretationOf } from '../../testkit';

/** A general extender closing a list ("that sort of thing", "and stuff like that") names nothing of the data. */
describe('general extenders (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['fintech events, that sort of thing', 'fintech events'],
    ['fintech events and stuff like that', 'fintech events'],
    ['hotel companies and that kind of thing', 'hotel companies'],
    ['banking companies, things like that', 'banking companies'],
  ])('%s reads as "%s"', (q, same) => {
    expect(read(q)).toBe(read(same));
  });

  it('"things" asked as a theme of its own is still read', () => {
    expect(read('events about things')).not.toBe(read('events'));
  });
});
