import { describe, expect, it } from 'vitest';
import { nounLemma, relatedNouns } from './language';
import { WordNet } from './wordnet';

describe('WordNet reader (binary search over index files, synsets read at their offset)', () => {
  const wn = new WordNet();

  it.each([
    ['firm', ['firm', 'house', 'business firm']],
    ['expo', ['exhibition', 'exposition', 'expo']],
    ['petroleum', ['petroleum', 'crude oil', 'crude', 'rock oil', 'fossil oil', 'oil']],
  ])('the first sense of %s is the synset %j', (lemma, words) => {
    const [first] = wn.senses(lemma, 'noun');
    expect(first).toBeDefined();
    expect(wn.synset(first ?? 0, 'noun').words).toEqual(words);
  });

  it('reads hypernyms and the category of a sense', () => {
    const [firm] = wn.senses('firm', 'noun');
    const s = wn.synset(firm ?? 0, 'noun');
    expect(s.lexFile).toBe(14); // noun.group
    expect(s.hypernyms.flatMap((h) => wn.synset(h, 'noun').words)).toContain('business');
  });

  it.each(['zzzz', 'aaaaa', 'zymurgy_x', 'qqq'])('an unknown lemma has no senses: %s', (lemma) => {
    expect(wn.senses(lemma, 'noun')).toEqual([]);
  });

  it('finds the first and the last lemma of the file (the binary search reaches both ends)', () => {
    expect(wn.senses("'hood", 'noun').length).toBeGreaterThan(0);
    expect(wn.senses('zyrian', 'noun').length).toBeGreaterThan(0);
  });

  it('keeps a bounded number of synsets in memory', () => {
    const small = new WordNet();
    for (const w of ['company', 'event', 'person', 'oil', 'bank', 'lead', 'show', 'fair', 'summit', 'staff'])
      for (const o of small.senses(w, 'noun')) small.synset(o, 'noun');
    expect(small.cachedSynsets).toBeLessThanOrEqual(4096);
    expect(small.cachedSynsets).toBeGreaterThan(10);
  });
});

describe('lemmas and related nouns', () => {
  it.each([
    ['outfits', 'outfit'],
    ['companies', 'company'],
    ['analyses', 'analysis'],
    ['news', 'news'],
  ])('lemma of %s is %s', (word, lemma) => {
    expect(nounLemma(word)).toBe(lemma);
  });

  it('lists synonyms before hypernyms', () => {
    const r = relatedNouns('manufacturers');
    const maker = r.find((x) => x.word === 'maker');
    const business = r.find((x) => x.word === 'business');
    expect(maker?.distance).toBe(0);
    expect(business?.distance).toBe(1);
    expect(r.indexOf(maker ?? r[0]!)).toBeLessThan(r.indexOf(business ?? r[0]!));
  });

  it('never climbs from a named thing to its class ("osaka" is no port, "kyoto" no city)', () => {
    // the class made "people in osaka" the Maritime & Shipping theme (Osaka: an instance of a port)
    expect(relatedNouns('osaka', 3, 2).map((x) => x.word)).not.toContain('port');
    expect(relatedNouns('kyoto', 3, 2).map((x) => x.word)).not.toContain('city');
    // a kind of thing still climbs
    expect(relatedNouns('seaport', 3, 1).map((x) => x.word)).toContain('port');
  });
});
