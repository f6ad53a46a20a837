import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { csvField } from '../demo/CsvWriter';
import { generateDemoData } from '../demo/generateDemoData';
import { openSqlite } from '../openSqlite';
import { makeTmp, removeTmp } from '@musaeid/testkit';
import { dumpData } from '../testing';
import { ingestCsvFolder } from './ingestCsvFolder';

const root = makeTmp();
const a = path.join(root, 'a');
const b = path.join(root, 'b');

/** Reads a CSV file as records (header first). */
function readCsv(file: string): string[][] {
  return parse(fs.readFileSync(file), { relax_column_count: true });
}

function writeCsv(file: string, records: string[][]): void {
  fs.writeFileSync(file, records.map((r) => r.map(csvField).join(',')).join('\n') + '\n');
}

beforeAll(async () => {
  await generateDemoData({ outDir: a, seed: 11, people: 800, today: '2026-01-15' });
  await generateDemoData({ outDir: b, seed: 12, people: 800, today: '2026-01-15' });
  // Folder B also restates part of folder A (as a newer export would): events, companies and people they share.
  for (const file of ['event_info.csv', 'company_info.csv', 'people_info.csv']) {
    const fromA = readCsv(path.join(a, file)).slice(1, 40);
    const own = readCsv(path.join(b, file));
    writeCsv(path.join(b, file), [...own, ...fromA]);
  }
});
afterAll(() => removeTmp(root));

function keys(file: string): { events: string[]; companies: string[]; people: string[]; participations: string[] } {
  const db = openSqlite(file, { readonly: true });
  try {
    return {
      events: db.prepare('SELECT url FROM events ORDER BY 1').pluck().all() as string[],
      companies: db.prepare('SELECT domain FROM companies ORDER BY 1').pluck().all() as string[],
      people: db.prepare('SELECT identity_key FROM people ORDER BY 1').pluck().all() as string[],
      participations: db
        .prepare(
          "SELECT e.url || ' ' || c.domain || ' ' || p.relation FROM participations p JOIN events e ON e.id = p.event_id JOIN companies c ON c.id = p.company_id ORDER BY 1",
        )
        .pluck()
        .all() as string[],
    };
  } finally {
    db.close();
  }
}

const union = (x: string[], y: string[]): string[] => [...new Set([...x, ...y])].sort();

describe('merging a second folder', () => {
  it('adds only what is new, by natural key, whatever the order', async () => {
    const onlyA = path.join(root, 'a.db');
    const onlyB = path.join(root, 'b.db');
    const ab = path.join(root, 'ab.db');
    const ba = path.join(root, 'ba.db');
    await ingestCsvFolder({ from: a, db: onlyA });
    await ingestCsvFolder({ from: b, db: onlyB });
    await ingestCsvFolder({ from: a, db: ab });
    const second = await ingestCsvFolder({ from: b, db: ab });
    await ingestCsvFolder({ from: b, db: ba });
    await ingestCsvFolder({ from: a, db: ba });

    const ka = keys(onlyA);
    const kb = keys(onlyB);
    const expected = {
      events: union(ka.events, kb.events),
      companies: union(ka.companies, kb.companies),
      people: union(ka.people, kb.people),
      participations: union(ka.participations, kb.participations),
    };
    expect(keys(ab)).toEqual(expected);
    expect(keys(ba)).toEqual(expected);
    // Folder B restates rows of folder A: those were merged, not duplicated.
    const shared = ka.companies.filter((d) => kb.companies.includes(d)).length;
    expect(shared).toBeGreaterThan(0);
    const companies = second.files.find((f) => f.file === 'company_info.csv');
    expect((companies?.updated ?? 0) + (companies?.unchanged ?? 0)).toBeGreaterThan(0);
  });

  it('re-running both folders changes nothing', async () => {
    const file = path.join(root, 'ab.db');
    const db = openSqlite(file, { readonly: true });
    const before = dumpData(db);
    for (const from of [a, b]) {
      const report = await ingestCsvFolder({ from, db: file });
      for (const f of report.files) expect(f).toMatchObject({ inserted: 0, updated: 0 });
    }
    expect(dumpData(db)).toEqual(before);
    db.close();
  });

  it('fills values a later folder knows and keeps the ones already stored', async () => {
    // Folder A without job titles first, then the full folder A: titles (and the derived job function) are filled in.
    const noTitles = path.join(root, 'a-no-titles');
    fs.cpSync(a, noTitles, { recursive: true });
    const peopleFile = path.join(noTitles, 'people_info.csv');
    const records = readCsv(peopleFile);
    const header = records[0] ?? [];
    const titleAt = header.indexOf('job_title');
    writeCsv(
      peopleFile,
      records.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === titleAt ? '' : v)))),
    );
    const file = path.join(root, 'fill.db');
    await ingestCsvFolder({ from: noTitles, db: file });
    const report = await ingestCsvFolder({ from: a, db: file });
    const people = report.files.find((f) => f.file === 'people_info.csv');
    expect(people?.inserted).toBe(0);
    expect(people?.updated).toBeGreaterThan(0);
    const db = openSqlite(file, { readonly: true });
    try {
      expect(
        db
          .prepare('SELECT count(*) FROM people WHERE job_title IS NOT NULL AND job_function IS NOT NULL')
          .pluck()
          .get(),
      ).toBeGreaterThan(0);
      // The child rows follow the filled title: every person with a function has it at position 0.
      expect(
        db
          .prepare(
            `SELECT count(*) FROM people p WHERE p.job_function IS NOT NULL AND NOT EXISTS
               (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.position = 0 AND f.job_function = p.job_function)`,
          )
          .pluck()
          .get(),
      ).toBe(0);
    } finally {
      db.close();
    }
    expect(keys(file).people).toEqual(keys(path.join(root, 'a.db')).people);
  });
});
