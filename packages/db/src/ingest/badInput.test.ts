import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateDemoData } from '../demo/generateDemoData';
import { makeTmp, removeTmp } from '@musaeid/testkit';
import { sha256File } from '../testing';
import { CSV_FILES } from './csvFiles';
import { IngestError } from './IngestError';
import { ingestCsvFolder } from './ingestCsvFolder';

const root = makeTmp();
const good = path.join(root, 'good');
const db = path.join(root, 'existing.db');

beforeAll(async () => {
  await generateDemoData({ outDir: good, seed: 3, people: 300, today: '2026-01-15' });
  await ingestCsvFolder({ from: good, db });
});
afterAll(() => removeTmp(root));

let n = 0;
/** A copy of the good folder with one file rewritten by `edit` (or removed when it returns null). */
function badFolder(file: string, edit: (text: string) => string | null): string {
  const dir = path.join(root, `bad-${++n}`);
  fs.cpSync(good, dir, { recursive: true });
  const text = edit(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (text === null) fs.rmSync(path.join(dir, file));
  else fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

/** Replaces line `lineNo` (1-based) of a CSV text. */
function replaceLine(text: string, lineNo: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[lineNo - 1] = edit(lines[lineNo - 1] ?? '');
  return lines.join('\n');
}

async function expectRejected(from: string, expected: Partial<IngestError>): Promise<void> {
  const before = sha256File(db);
  const error = await ingestCsvFolder({ from, db }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  expect(error).toMatchObject(expected);
  const e = error as IngestError;
  expect(e.message).toContain(e.file);
  if (e.line !== null) expect(e.message).toContain(`line ${e.line}`);
  if (e.column !== null) expect(e.message).toContain(e.column);
  // All or nothing: the existing database file is untouched, byte for byte.
  expect(sha256File(db)).toBe(before);
}

describe('bad input stops ingestion with a typed error and leaves the database unchanged', () => {
  it('missing file', async () => {
    await expectRejected(
      badFolder(CSV_FILES.people.file, () => null),
      { code: 'MISSING_FILE', file: 'people_info.csv' },
    );
  });

  it('missing column', async () => {
    const dir = badFolder(CSV_FILES.events.file, (t) =>
      replaceLine(t, 1, (h) =>
        h
          .split(',')
          .filter((c) => c !== 'event_url')
          .join(','),
      ),
    );
    await expectRejected(dir, { code: 'MISSING_COLUMN', file: 'event_info.csv', line: 1, column: 'event_url' });
  });

  it('renamed column', async () => {
    const dir = badFolder(CSV_FILES.companies.file, (t) =>
      replaceLine(t, 1, (h) => h.replace('relation_to_event', 'relation')),
    );
    await expectRejected(dir, {
      code: 'MISSING_COLUMN',
      file: 'company_info.csv',
      line: 1,
      column: 'relation_to_event',
    });
  });

  it('broken quoting (text after a closing quote)', async () => {
    const dir = badFolder(CSV_FILES.people.file, (t) => replaceLine(t, 40, (l) => l.replace(/^([^,]*),/, '"$1"x,')));
    await expectRejected(dir, { code: 'BROKEN_QUOTING', file: 'people_info.csv', line: 40, column: 'first_name' });
  });

  it('broken quoting (a quote never closed)', async () => {
    const dir = badFolder(CSV_FILES.people.file, (t) => replaceLine(t, 120, (l) => l.replace(/,([^,]*),/, ',"$1,')));
    const error = await ingestCsvFolder({ from: dir, db }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'BROKEN_QUOTING', file: 'people_info.csv' });
    expect((error as IngestError).line).toBeGreaterThanOrEqual(120);
    await expectRejected(dir, { code: 'BROKEN_QUOTING' });
  });

  it('impossible date', async () => {
    const dir = badFolder(CSV_FILES.events.file, (t) =>
      replaceLine(t, 5, (l) => l.replace(/,(\d{4})-\d{2}-\d{2},/, ',$1-02-30,')),
    );
    await expectRejected(dir, { code: 'INVALID_DATE', file: 'event_info.csv', line: 5, column: 'event_start_date' });
  });

  it('unreadable date', async () => {
    const dir = badFolder(CSV_FILES.events.file, (t) =>
      replaceLine(t, 3, (l) => l.replace(/,(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})?,/, ',$1,sometime,')),
    );
    await expectRejected(dir, { code: 'INVALID_DATE', file: 'event_info.csv', line: 3, column: 'event_end_date' });
  });

  it('does not leave a new database behind when the first ingestion fails', async () => {
    const dir = badFolder(CSV_FILES.events.file, (t) =>
      replaceLine(t, 5, (l) => l.replace(/,(\d{4})-\d{2}-\d{2},/, ',$1-13-01,')),
    );
    const fresh = path.join(root, 'fresh.db');
    await expect(ingestCsvFolder({ from: dir, db: fresh })).rejects.toBeInstanceOf(IngestError);
    expect(fs.existsSync(fresh)).toBe(false);
  });
});

describe('rows that cannot be stored as they are are recorded, not dropped silently', () => {
  it('rejects, repairs and counts them', async () => {
    const dir = badFolder(CSV_FILES.people.file, (t) => {
      let text = replaceLine(t, 2, (l) => l.replace(/^[^,]*,/, ',')); // no first name
      text = replaceLine(text, 3, (l) => `${l},extra`); // one field too many
      text = replaceLine(text, 4, (l) => l.replace(/^([^,]*),/, '$1\\u00e9,')); // escape text in the first name
      return text;
    });
    const file = path.join(root, 'issues.db');
    const report = await ingestCsvFolder({ from: dir, db: file });
    const people = report.files.find((f) => f.file === 'people_info.csv');
    expect(people?.rejected).toBe(2);
    expect(people?.repaired).toBeGreaterThanOrEqual(1);
    const { openSqlite } = await import('../openSqlite');
    const conn = openSqlite(file, { readonly: true });
    try {
      const issues = conn
        .prepare(
          'SELECT line, "column", action FROM ingest_issues WHERE file = \'people_info.csv\' AND line <= 4 ORDER BY line',
        )
        .raw()
        .all();
      expect(issues).toEqual(
        expect.arrayContaining([
          [2, 'first_name', 'rejected'],
          [3, null, 'rejected'],
          [4, 'first_name', 'repaired'],
        ]),
      );
    } finally {
      conn.close();
    }
  });
});
