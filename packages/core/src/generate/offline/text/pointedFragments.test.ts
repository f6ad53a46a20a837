import { describe, expect, it } from 'vitest';
import { pointedFragment } from './pointedFragments';

describe('a question and a fragment pointing back at its answer', () => {
  it.each([
    ['which events are in singapore - sponsors there?', 'which events are in singapore', 'sponsors there?', 'there'],
    ['list events in Singapore. who sponsors them?', 'list events in Singapore', 'who sponsors them?', 'pronoun'],
    // the last break splits; the first part may split again
    [
      'sg events -> companies attending -> their sales ppl',
      'sg events -> companies attending',
      'their sales ppl',
      'pronoun',
    ],
    // a comma before a question word or a joining word
    [
      'which events are in singapore, and who sponsors them?',
      'which events are in singapore',
      'and who sponsors them?',
      'pronoun',
    ],
    // an imperative taking a part out of the set asked for, after any break (politeness and "can you" before it)
    ['events in japan, drop the ones in 2025', 'events in japan', 'drop the ones in 2025', 'edit'],
    [
      'sponsors of X - can you remove the ones with no revenue',
      'sponsors of X',
      'can you remove the ones with no revenue',
      'edit',
    ],
    ['events in japan. pls cut the ones in march', 'events in japan', 'pls cut the ones in march', 'edit'],
    // a clause added to say which rows are wanted (`addedClauses.ts`), restated in the follow-up reader's words
    [
      'events in singapore next year, not the ones in march',
      'events in singapore next year',
      'excluding the ones in march',
      'added',
    ],
  ])('%j splits', (text, first, fragment, pointer) => {
    expect(pointedFragment(text)).toEqual({ first, fragment, pointer });
  });

  it.each([
    // an existential "there" points at nothing
    'which events are in singapore - are there sponsors?',
    // no pointer, or no break before it
    'which events are in singapore - sponsors?',
    'who sponsors events in Singapore and what are their industries?',
    // a comma inside one clause ("X, their Y")
    'the sponsors of ahice, their ceos',
    // the speaker's own frame is read whole (its topic is the ask's)
    "I'm putting together a deck on AHICE - which companies sponsor it?",
    // a preposition of exclusion closes its own clause
    'events in japan, excluding the ones in 2025',
    // a bare "not" after a comma is the second half of a contrast, and so is a narrowing after a clause opened by "not"
    'which firms are banks? i mean by industry, not the event tag',
    'marketing people in germany? not the whole team, just the directors',
  ])('%j is one question', (text) => {
    expect(pointedFragment(text)).toBeNull();
  });
});
