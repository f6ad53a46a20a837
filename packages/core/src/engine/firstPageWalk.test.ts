/**
 * The first page of a broad list is read by walking the list's order (the offline compiler's `firstPageSql`), and it
 * is exactly the statement's first page: checked against the statement run directly, with the next page read on
 * demand continuing it. Real parts: a generated data set larger than the walk (SQLite file), the offline generator,
 * the query processes.
 */
import path from 'node:path';

import { generateDemoData, ingestCsvFolder } from '@musaeid/db';
import { makeTmp, removeTmp } from '@musaeid/testkit';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIRST_PAGE_WALK_ROWS } from '../generate/offline/compile/compileRequest';
import { OfflineSqlGenerator } from '../generate/offline/OfflineSqlGenerator';
import { Engine } from './Engine';

const TODAY = '2026-01-15';
const PAGE = 100;
const dir = makeTmp('first-page-walk');
const dbFile = path.join(dir, 'data.db');
let engine: Engine;
let db: Database.Database;

beforeAll(async () => {
  const csv = path.join(dir, 'csv');
  // Twice the walk's rows: a walk covers part of the table, not all of it.
  await generateDemoData({ outDir: csv, seed: 3, people: 2 * FIRST_PAGE_WALK_ROWS, today: TODAY });
  await ingestCsvFolder({ from: csv, db: dbFile });
  engine = await Engine.create({ dbFile, pageSize: PAGE });
  db = new Database(dbFile, { readonly: true });
}, 180_000);
afterAll(async () => {
  db?.close();
  await engine?.close();
  removeTmp(dir);
});

/** The answer's statement run directly: all its rows, in its order. */
function direct(sql: string, params: readonly unknown[]): unknown[][] {
  return db
    .prepare(sql)
    .raw(true)
    .all(...params) as unknown[][];
}

describe('first page of a broad list', () => {
  it('is the statement\'s first page; its total is "at least" the rows within the walk', async () => {
    const answer = await engine.ask('Show me sales people', { asOf: TODAY });
    expect(answer.status).toBe('answered');
    const all = direct(answer.sql!, answer.params);
    expect(all.length).toBeGreaterThan(2 * PAGE);
    expect(answer.rows).toEqual(all.slice(0, PAGE));
    // Read by the walk: its total is the rows of the statement up to the walk's last name, at least.
    const withinWalk = db
      .prepare(
        `SELECT count(*) FROM (${answer.sql!}) WHERE "full_name" <= (SELECT "full_name" FROM "people" ORDER BY "full_name" LIMIT 1 OFFSET ${FIRST_PAGE_WALK_ROWS})`,
      )
      .pluck()
      .get(...answer.params);
    expect(answer.rowCountExact).toBe(false);
    expect(answer.rowCount).toBe(withinWalk);
    expect(answer.rowCount).toBeGreaterThan(PAGE);
    expect(answer.rowCount).toBeLessThan(all.length);
    // The next page, read on demand with the statement itself, continues it.
    const next = await engine.page(answer, { offset: PAGE, limit: PAGE });
    expect(next.rows).toEqual(all.slice(PAGE, 2 * PAGE));
  });

  it.each([
    'Which companies are sponsoring events in the next 3 months?',
    'Find sales people for companies that are attending events in Singapore over the next 9 months',
    'Show me VPs of sales',
    'List Singapore-based companies',
    'Which events are in Singapore?',
  ])("%s: the first page is the statement's, and an exact total is the statement's", async (question) => {
    const answer = await engine.ask(question, { asOf: TODAY });
    expect(answer.status).toBe('answered');
    const all = direct(answer.sql!, answer.params);
    expect(answer.rows).toEqual(all.slice(0, PAGE));
    if (answer.rowCountExact) expect(answer.rowCount).toBe(all.length);
    else expect(answer.rowCount).toBeLessThanOrEqual(all.length);
  });

  // The walk follows each link from its rows (correlated probes) where the statement builds the linked sets: the
  // same rows either way. Links of each kind: through participations to events (with a relation), to companies by
  // their own columns, to a company's people, a negated link (written as sets), and a company's participations.
  it.each([
    'Find sales people for companies that are attending events in Singapore over the next 9 months',
    'Find marketing people at companies sponsoring events in Singapore',
    'People at Singapore companies',
    'People at companies that have sales people in Singapore',
    'Sales people at companies that are not sponsoring any event',
    'Engineers at companies with more than 1000 employees that exhibit at events',
  ])('%s: the walk holds exactly the rows of the statement within its names', (question) => {
    const generated = OfflineSqlGenerator.create({ db }).generateSync({ question, history: [], asOf: TODAY });
    expect(generated.kind).toBe('sql');
    if (generated.kind !== 'sql') return;
    expect(generated.firstPageSql).toContain('EXISTS');
    const all = direct(generated.sql, generated.params);
    const walk = direct(generated.firstPageSql!, generated.params);
    const withinWalk = db
      .prepare(
        `SELECT count(*) FROM (${generated.sql}) WHERE "full_name" <= (SELECT "full_name" FROM "people" ORDER BY "full_name" LIMIT 1 OFFSET ${FIRST_PAGE_WALK_ROWS})`,
      )
      .pluck()
      .get(...generated.params);
    expect(walk.length).toBeGreaterThan(0);
    expect(walk.length).toBe(withinWalk);
    expect(walk).toEqual(all.slice(0, walk.length));
  });
});
