import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';
import { matchTopic } from './matchTopic';
import { tagsOfParts } from './themeParts';

describe('themes reached through the parts of their meaning (demo data, the tagger’s own tags)', () => {
  const { index } = demoScanner();

  it('aerospace is aviation and space: its part, outer space, names the Space tag', () => {
    expect(tagsOfParts('aerospace', index())).toEqual(['space']);
    const m = matchTopic(['aerospace'], index());
    expect(m.tags).toEqual(expect.arrayContaining(['aviation', 'space']));
  });

  it('no other label word of the tags reaches a tag through its parts, and no noun outside the labels does', () => {
    const labelWords = new Set(index().tags.flatMap((t) => t.words));
    const reached = [...labelWords].filter((w) => tagsOfParts(w, index()).length > 0);
    expect(reached).toEqual(['aerospace']);
    // "space" (the expanse holding aerospace), "car" (its gas pedal), "commerce" (shipping as its part): none
    for (const w of ['space', 'car', 'commerce', 'food']) expect(tagsOfParts(w, index())).toEqual([]);
  });
});
