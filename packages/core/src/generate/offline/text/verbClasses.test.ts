import { describe, expect, it } from 'vitest';
import { USE_VERB_ANCHORS } from '../lexicon/verbClassWords';
import { verbClassAt, verbNear } from './verbClasses';

// Verbs none of which is listed anywhere: WordNet's senses and hypernyms put them in a class.
describe('verb classes from WordNet', () => {
  it.each([
    ['kicking off', 'begin', 2],
    ['commences', 'begin', 1],
    ['got started', 'begin', 2],
    ['wraps up', 'end', 2],
    ['concluded', 'end', 1],
    ['finishing', 'end', 1],
    ['took place', 'happen', 2],
    ['occurs', 'happen', 1],
    ['oversees', 'manage', 1],
    ['supervising', 'manage', 1],
    ['handles', 'manage', 1],
    ['looks after', 'manage', 2],
    ['in charge of', 'manage', 3],
    ['signed up', 'have', 2],
    ['lines up', 'have', 2],
    ['secured', 'have', 1],
    ['features', 'have', 1],
    ['brought on', 'have', 2],
    ['landed', 'have', 1],
    ['attracted', 'have', 1],
    // ... and "hold" stays an event's verb, not a verb of having: putting on ("hold, throw, have, make, give")
    ['held', 'stage', 1],
    ['staged', 'stage', 1],
    ['hosted', 'stage', 1],
    // reaching over a length of time: "cover, continue, extend" and "last, endure"
    ['spanning', 'extend', 1],
    ['traverses', 'extend', 1],
    ['endures', 'extend', 1],
    ['stretched', 'extend', 1],
    ['devoted', 'devote', 1],
    ['centered', 'devote', 1],
    ['commits', 'devote', 1],
    // ... and "run" stays a verb of managing ("events run in")
    ['runs', 'manage', 1],
  ] as const)('%s -> %s', (phrase, cls, length) => {
    expect(verbClassAt(phrase.split(' '))).toEqual({ cls, length });
  });

  // ("buy" is a way of getting, so it has the class `have`; the scan reads it only before a relation noun)
  it.each(['attend', 'eat', 'companies', 'go'])('%s has no class', (word) => {
    expect(verbClassAt([word])).toBeNull();
  });
});

describe('verbNear', () => {
  it('reads a verb of using or picking by its WordNet senses, in any form', () => {
    for (const w of ['use', 'utilized', 'chose', 'picked', 'selects'])
      expect(verbNear(w, USE_VERB_ANCHORS), w).toBe(true);
  });
  it('is no verb of another meaning', () => {
    for (const w of ['dropped', 'left', 'cancel', 'avoid']) expect(verbNear(w, USE_VERB_ANCHORS), w).toBe(false);
  });
});
