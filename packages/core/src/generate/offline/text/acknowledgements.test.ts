import { describe, expect, it } from 'vitest';
import { withoutAcknowledgement } from './acknowledgements';

describe('an acknowledgement opening a message is dropped', () => {
  it.each([
    ['cool, which of them are in Berlin', 'which of them are in Berlin'],
    ['Perfect! now only the speakers', 'now only the speakers'],
    ['great - and the exhibitors?', 'and the exhibitors?'],
    ['nice, cool. the sponsors then', 'the sponsors then'],
    ['got it. what about 2025', 'what about 2025'],
    ['sweet: the CFOs there', 'the CFOs there'],
  ])('%s', (q, rest) => {
    expect(withoutAcknowledgement(q)).toBe(rest);
  });

  it.each([
    'cool events in Berlin',
    'any cool events, in Berlin',
    'great sponsors of fintech events',
    'nice-looking events in May',
    'cool,',
  ])('kept where it is no exclamation set off before the request: %s', (q) => {
    expect(withoutAcknowledgement(q)).toBe(q);
  });
});
