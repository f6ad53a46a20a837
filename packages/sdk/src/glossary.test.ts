/**
 * Issue 13, the glossary, over the real server (demo data, offline engine) with the SDK: a term
 * an admin adds changes the very next answer and is named in its interpretation, removing it
 * restores the old reading; "remember this" after a clarification makes a personal term; bad
 * terms are refused naming what is wrong; nobody edits what is not theirs.
 */
import { describe, expect, inject, it } from 'vitest';

import { createMusaeidClient, errorCode, errorReason } from './index';

const server = inject('server');
const alice = createMusaeidClient({ url: server.url, apiKey: server.alice.apiKey });
const bob = createMusaeidClient({ url: server.url, apiKey: server.bob.apiKey });
const admin = createMusaeidClient({ url: server.url, apiKey: server.admin.apiKey });

async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('glossary', () => {
  it('offers the values a term may mean, each accepted as it is offered', async () => {
    for (const kind of ['tag', 'industry', 'countries', 'events', 'companies'] as const) {
      const { items } = await alice.glossary.options.query({ kind, limit: 3 });
      expect(items.length, kind).toBeGreaterThan(0);
      const first = items[0]!;
      // A search finds the value again, anywhere in it, without regard to case.
      const search = first.label.slice(1, 5).toUpperCase();
      const found = await alice.glossary.options.query({ kind, search, limit: 200 });
      expect(
        found.items.map((o) => o.value),
        kind,
      ).toContain(first.value);
      expect(found.items.every((o) => `${o.value} ${o.label}`.toLowerCase().includes(search.toLowerCase()))).toBe(true);
    }
    const { items: tags } = await alice.glossary.options.query({ kind: 'tag', limit: 1 });
    const term = await alice.glossary.upsert.mutate({
      term: 'optioned words',
      concept: { kind: 'tag', tags: [tags[0]!.value] },
    });
    expect(term.concept).toMatchObject({ kind: 'tag', tags: [tags[0]!.value], labels: [tags[0]!.label] });
    await alice.glossary.remove.mutate({ termId: term.id });
    const seniority = await alice.glossary.options.query({ kind: 'seniority', search: 'c_' });
    expect(seniority.items).toEqual([{ value: 'c_level', label: 'c level' }]);
    const columns = await alice.glossary.options.query({ kind: 'compareColumn' });
    expect(columns.items.map((o) => o.value)).toEqual(['employees', 'revenue_usd', 'founded_year']);
    expect(errorCode(await thrown(() => alice.glossary.options.query({ kind: 'planets' as 'tag' })))).toBe(
      'BAD_REQUEST',
    );
  });

  it('a workspace term changes the next answer, names itself, and removing it restores the old reading', async () => {
    const question = 'How many bigco companies are there?';
    const before = await alice.ask(question);
    expect(before.message.answer?.status).not.toBe('answered');

    const term = await admin.glossary.upsert.mutate({
      term: 'bigco',
      scope: 'workspace',
      concept: { kind: 'compare', column: 'employees', op: '>', value: 1000 },
    });
    expect(term).toMatchObject({ term: 'bigco', scope: 'workspace', createdBy: { email: 'admin@sdk.test' } });
    expect((await bob.glossary.list.query({})).items.map((t) => t.id)).toContain(term.id);

    const after = await alice.ask(question);
    expect(after.message.answer).toMatchObject({
      status: 'answered',
      interpretation:
        'number of companies with employees > 1000 (each company name once) (workspace glossary: "bigco" = companies with more than 1000 employees)',
    });
    // Spelling tolerance, as for built-in words.
    const slipped = await alice.ask('How many bigcoo companies are there?');
    expect(slipped.message.answer?.interpretation).toContain('workspace glossary: "bigco"');

    await admin.glossary.remove.mutate({ termId: term.id });
    const restored = await alice.ask(question);
    expect(restored.message.answer?.status).toBe(before.message.answer?.status);
    expect(restored.message.answer?.interpretation ?? '').not.toContain('glossary');
  });

  it('checks the concept against the data, and refuses built-in words without an override', async () => {
    const tag = await thrown(() =>
      alice.glossary.upsert.mutate({
        term: 'shiny things',
        concept: { kind: 'tag', tags: ['cloud', 'no_such_theme'] },
      }),
    );
    expect(errorCode(tag)).toBe('BAD_REQUEST');
    expect(errorReason(tag)).toBe('UNKNOWN_CONCEPT');
    expect((tag as Error).message).toContain('"no_such_theme"');
    // A theme named by its label is stored as the data's tag with its label.
    const [tagId, tagLabel] =
      (await alice.data.run.mutate({ sql: 'SELECT tag, label FROM tags LIMIT 1' })).rows[0] ?? [];
    const theme = await alice.glossary.upsert.mutate({
      term: 'shiny things',
      concept: { kind: 'tag', tags: [String(tagLabel).toUpperCase()] },
    });
    expect(theme.concept).toEqual({ kind: 'tag', tags: [tagId], labels: [tagLabel] });
    await alice.glossary.remove.mutate({ termId: theme.id });
    const company = await thrown(() =>
      alice.glossary.upsert.mutate({ term: 'our rival', concept: { kind: 'companies', names: ['Nowhere Ltd'] } }),
    );
    expect((company as Error).message).toContain('no company "Nowhere Ltd" in the data');
    const empty = await thrown(() =>
      alice.glossary.upsert.mutate({ term: '   ', concept: { kind: 'phrase', text: 'x' } }),
    );
    expect(errorCode(empty)).toBe('BAD_REQUEST');

    const builtIn = await thrown(() =>
      alice.glossary.upsert.mutate({ term: 'sponsors', concept: { kind: 'countries', countries: ['Germany'] } }),
    );
    expect(errorCode(builtIn)).toBe('CONFLICT');
    expect(errorReason(builtIn)).toBe('BUILT_IN_TERM');
    const country = String((await alice.data.run.mutate({ sql: 'SELECT max(country) FROM events' })).rows[0]?.[0]);
    const forced = await alice.glossary.upsert.mutate({
      term: 'sponsors',
      concept: { kind: 'countries', countries: [country.toLowerCase()] },
      override: true,
    });
    expect(forced.concept).toEqual({ kind: 'countries', countries: [country] });
    await alice.glossary.remove.mutate({ termId: forced.id });
  });

  it('"remember this" after a clarification makes a personal term: the same question is answered directly', async () => {
    const question = 'How many companies are in maly?';
    const asked = await alice.ask(question);
    expect(asked.clarification?.options[0]).toMatchObject({ label: 'the country Mali' });
    const answered = await alice.answerClarification(asked, { choice: 'o1', remember: true });
    expect(answered.message.answer?.status).toBe('answered');
    const mine = await alice.glossary.list.query({});
    const remembered = mine.items.find((t) => t.term === 'maly');
    expect(remembered).toMatchObject({ scope: 'personal', concept: { kind: 'phrase', text: 'mali' } });

    const again = await alice.ask(question);
    expect(again.clarification).toBeNull();
    expect(again.message.answer?.interpretation).toContain('personal glossary: "maly" = mali');
    // Personal: bob still gets the question back, and cannot see or remove alice's term.
    expect((await bob.ask(question)).clarification).not.toBeNull();
    expect((await bob.glossary.list.query({})).items.map((t) => t.id)).not.toContain(remembered?.id);
    expect(errorCode(await thrown(() => bob.glossary.remove.mutate({ termId: remembered!.id })))).toBe('NOT_FOUND');
    await alice.glossary.remove.mutate({ termId: remembered!.id });
  });

  it('only admins edit workspace terms', async () => {
    const denied = await thrown(() =>
      alice.glossary.upsert.mutate({
        term: 'apac',
        scope: 'workspace',
        concept: { kind: 'countries', countries: ['Japan'] },
      }),
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const term = await admin.glossary.upsert.mutate({
      term: 'apac zone',
      scope: 'workspace',
      concept: { kind: 'phrase', text: 'in Japan' },
    });
    expect(errorCode(await thrown(() => alice.glossary.remove.mutate({ termId: term.id })))).toBe('FORBIDDEN');
    await admin.glossary.remove.mutate({ termId: term.id });
  });
});
