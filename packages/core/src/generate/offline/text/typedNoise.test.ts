import { describe, expect, it } from 'vitest';
import { withoutTypedNoise } from './typedNoise';

describe('withoutTypedNoise', () => {
  it.each([
    ['events...in...march', 'events in march'],
    ['sponsors…of the expo', 'sponsors of the expo'],
    ['people at acme :D', 'people at acme ,'],
    ['any speakers xD thanks', 'any speakers , thanks'],
    ['trade shows ;P', 'trade shows ,'],
  ])('%j -> %j', (typed, expected) => {
    expect(withoutTypedNoise(typed)).toBe(expected);
  });

  it.each([
    'events in 2024.', // a sentence's full stop
    'revenue over 2.5 million', // a decimal point
    'people at Xd Labs', // a name, not an emoticon ("d" in lower case after "X")
    'what about D.C. events', // a place's initials
    'events... anything?', // an ellipsis before a space leaves the words as they are
  ])('leaves %j as it is', (typed) => {
    expect(withoutTypedNoise(typed)).toBe(typed);
  });
});
