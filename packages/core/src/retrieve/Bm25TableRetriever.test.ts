import { DATA_TABLES } from '@musaeid/db';
import { describe, expect, it } from 'vitest';
import { Bm25TableRetriever } from './Bm25TableRetriever';
import { searchTokens } from './searchTokens';

const tables = DATA_TABLES.filter((t) => !t.name.startsWith('ingest'));
const retriever = new Bm25TableRetriever(tables);
const names = async (q: string, history = [] as { question: string; sql: string | null; interpretation: null }[]) =>
  (await retriever.retrieve(q, history)).map((t) => t.name);

describe('Bm25TableRetriever', () => {
  it('tokenises with stemming and without stop words', () => {
    expect(searchTokens('Which companies sponsored the events?')).toEqual(['company', 'sponsor', 'event']);
    expect(searchTokens('job_title')).toEqual(['job_title', 'job', 'title']);
  });

  it('ranks the table a question is about first', () => {
    expect(retriever.score('companies with more than 1000 employees')[0]?.table.name).toBe('companies');
    expect(retriever.score('emails of marketing directors')[0]?.table.name).toBe('people');
  });

  it('adds the join tables needed to connect the picked tables', async () => {
    const picked = await names('Which companies sponsor events in Singapore?');
    expect(picked).toEqual(expect.arrayContaining(['events', 'companies', 'participations']));
    expect(await names('Which events are tagged finance?')).toEqual(
      expect.arrayContaining(['events', 'tags', 'event_tags']),
    );
    expect(await names('List CEOs of companies attending oil and gas events')).toEqual(
      expect.arrayContaining(['events', 'companies', 'participations', 'people']),
    );
  });

  it('keeps the tables of the previous turn for follow-ups', async () => {
    const picked = await names('which of those are in Singapore?', [
      {
        question: 'Who works at Amazon?',
        sql: 'SELECT p.full_name FROM people p JOIN companies c ON c.id = p.company_id',
        interpretation: null,
      },
    ]);
    expect(picked).toEqual(expect.arrayContaining(['people', 'companies']));
  });

  it('falls back to every table when nothing matches', async () => {
    expect(await names('hello')).toHaveLength(tables.length);
  });
});
