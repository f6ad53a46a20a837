import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner, scanReading } from '../../testkit';
import { isDegreeAdverb } from './hedgeAdverbs';

/** Sentences of this test's own, not from any evaluation set. */
describe('hedges and intensifiers inside the data clause (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => scanReading(demo.index(), q);

  it('reads degree senses from WordNet, not a list of phrasings', () => {
    expect(isDegreeAdverb('super')).toBe(true);
    expect(isDegreeAdverb('insanely')).toBe(true);
    expect(isDegreeAdverb('physically')).toBe(false);
    // a comparison or a negation is content
    expect(isDegreeAdverb('less')).toBe(false);
    expect(isDegreeAdverb('not')).toBe(false);
  });

  // a degree adverb before an adjective, an adverb of preference before (or closing) a condition, an adverb of presence
  // before a place: each reads as the bare question, the condition kept
  it.each([
    ['super large companies in Singapore', 'large companies in Singapore'],
    ['properly big companies sponsoring events in Singapore', 'big companies sponsoring events in Singapore'],
    ['insanely large companies in Singapore', 'large companies in Singapore'],
    ['mega big companies at events in Singapore', 'big companies at events in Singapore'],
    ['hella large companies in Singapore', 'large companies in Singapore'],
    ['marketing people, preferably based in Singapore', 'marketing people, based in Singapore'],
    ['ideally events in Singapore next month', 'events in Singapore next month'],
    ['events in Singapore next month, ideally', 'events in Singapore next month'],
    ['sales people at sponsors, preferably in Singapore', 'sales people at sponsors, in Singapore'],
    ['people physically in Singapore', 'people in Singapore'],
    ['marketing people physically based in Singapore', 'marketing people based in Singapore'],
    ['hr people currently sitting in Singapore', 'hr people sitting in Singapore'],
    ['finance people locally in Singapore', 'finance people in Singapore'],
    ['people personally located in Singapore', 'people located in Singapore'],
  ])('%j reads as %j', (hedged, bare) => {
    const a = read(hedged);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  // the word a hedge leans on is still read or asked: nothing it stands beside is dropped
  it.each([
    ['super companies in Singapore', 'super'],
    ['super vegan companies in Singapore', 'vegan'],
    ['preferably vegan companies in Singapore', 'vegan'],
    ['ideally ones with free parking, events in Singapore', 'parking'],
    ['physically strong people in Singapore', 'strong'],
  ])('%j: the unread word stays asked (%s)', (question, word) => {
    expect(read(question).ignored).toContain(word);
  });

  it('a negation before an adjective is no hedge', () => {
    expect(read('not big companies in Singapore').mentions).toContain('neg:not');
  });
});

describe('a trailing hedge after a value typed from memory (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => scanReading(demo.index(), q);

  it.each([
    ['sales people or whatever they are called, in Singapore', 'sales people, in Singapore'],
    ['marketing people in Singapore or something like that', 'marketing people in Singapore'],
    ['events in Singapore, or whatever they call it', 'events in Singapore'],
    ['hr folks or whatever they are named in Singapore', 'hr folks in Singapore'],
  ])('%j reads as %j', (hedged, bare) => {
    const a = read(hedged);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it('after a company said by its name', () => {
    const name = busiestCompany(demo.fixture());
    const a = read(`people at ${name} or something like that`);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(`people at ${name}`).mentions);
  });

  it.each([
    // a word of its own after the hedge is still read or asked
    ['sales people or something in zebra', 'zebra'],
  ])('%j: %s stays asked', (question, word) => {
    expect(read(question).ignored).toContain(word);
  });

  it('a second value after "or" stays a second value', () => {
    expect(read('sales people or marketing people in Singapore').mentions).toContain('function:marketing');
  });
});
