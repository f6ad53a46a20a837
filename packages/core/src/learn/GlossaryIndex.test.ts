import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AS_OF, demoFixture, type Fixture } from '../generate/offline/testkit';
import type { GlossaryEntry } from './GlossaryEntry';
import { builtInPhrase, GlossaryIndex, glossaryNote } from './GlossaryIndex';

const entry = (
  id: string,
  term: string,
  concept: GlossaryEntry['concept'],
  scope: GlossaryEntry['scope'] = 'workspace',
) => ({
  id,
  term,
  concept,
  scope,
});

/** Glossary terms read by the real offline generator over the demo data. */
describe('glossary', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const read = (index: GlossaryIndex, question: string) => {
    const taught = index.apply(question);
    const generated = f.gen.generateSync({ question: taught.question, history: [], asOf: AS_OF });
    return { ...taught, interpretation: generated.kind === 'sql' ? generated.interpretation : generated.kind };
  };

  it('reads a term as its concept, with spelling tolerance, keeping the words that say what is asked about', () => {
    const index = new GlossaryIndex([
      entry('1', 'enterprise', { kind: 'compare', column: 'employees', op: '>', value: 1000 }),
      entry('2', 'APAC shows', { kind: 'countries', countries: ['Singapore', 'Japan'] }),
      entry('3', 'money people', { kind: 'jobFunction', values: ['finance'] }),
    ]);
    expect(read(index, 'How many enterprize companies are there?')).toMatchObject({
      interpretation: 'number of companies with employees > 1000 (each company name once)',
      used: [{ matched: 'enterprize companies', readAs: 'companies with more than 1000 employees' }],
    });
    expect(read(index, 'Which companies sponsor APAC shows?').interpretation).toBe(
      'companies that are sponsors of events in Singapore or Japan',
    );
    expect(read(index, 'How many money people are there?').interpretation).toBe(
      'number of people whose job functions include Finance',
    );
    expect(glossaryNote(index.apply('enterprise companies').used)).toBe(
      'workspace glossary: "enterprise" = companies with more than 1000 employees',
    );
    expect(index.apply('Which events are in Germany?')).toEqual({ question: 'Which events are in Germany?', used: [] });
  });

  it('prefers the longest term, then a personal term over a workspace one', () => {
    const index = new GlossaryIndex([
      entry('w', 'big shows', { kind: 'countries', countries: ['Germany'] }),
      entry('p', 'big shows', { kind: 'countries', countries: ['France'] }, 'personal'),
      entry('x', 'big', { kind: 'countries', countries: ['Spain'] }),
    ]);
    expect(index.apply('How many big shows are there?').used.map((u) => u.entry.id)).toEqual(['p']);
  });

  it('finds a term among 10,000 through its first-word index', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry(String(i), `term${i} words`, { kind: 'countries', countries: ['Germany'] }),
    );
    const index = new GlossaryIndex(many);
    expect(index.apply('How many events are term9999 words?').used.map((u) => u.entry.id)).toEqual(['9999']);
  });

  it('names the built-in phrase a term would shadow', () => {
    expect(builtInPhrase('Sponsors')).toBe('sponsors');
    expect(builtInPhrase('APAC shows')).toBeNull();
  });
});
