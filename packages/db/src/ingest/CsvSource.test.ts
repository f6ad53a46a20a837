import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { makeTmp, removeTmp } from '@musaeid/testkit';
import { CsvSource } from './CsvSource';
import { IngestError } from './IngestError';
import { cleanValue } from './cleanValue';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

async function rows(text: string): Promise<[number, string[]][]> {
  fs.writeFileSync(path.join(dir, 't.csv'), text);
  const source = CsvSource.open(dir, 't.csv', ['a', 'b']);
  const out: [number, string[]][] = [];
  await source.each((line, values) => out.push([line, values]));
  return out;
}

describe('CsvSource', () => {
  it('numbers rows by their first line: quoted newlines, blank lines, CRLF and a BOM included', async () => {
    expect(await rows('\uFEFFb,a\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n"5",""\r\n')).toEqual([
      [2, ['1', 'two\r\nlines']],
      [5, ['3', '4']],
      [6, ['5', '']],
    ]);
  });

  it('finds required columns in any order and names a missing one', () => {
    fs.writeFileSync(path.join(dir, 'h.csv'), 'b,c\n1,2\n');
    const error = (() => {
      try {
        CsvSource.open(dir, 'h.csv', ['a', 'b']);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'MISSING_COLUMN', file: 'h.csv', line: 1, column: 'a' });
    expect((error as Error).message).toMatch(/'c'.*renamed/);
  });

  it('stops with the error the row handler throws', async () => {
    fs.writeFileSync(path.join(dir, 'e.csv'), 'a,b\n1,2\n3,4\n');
    const source = CsvSource.open(dir, 'e.csv', ['a', 'b']);
    const seen: number[] = [];
    await expect(
      source.each((line) => {
        seen.push(line);
        throw new Error(`stop at ${line}`);
      }),
    ).rejects.toThrow('stop at 2');
    expect(seen).toEqual([2]);
  });
});

describe('cleanValue', () => {
  it('trims, empties placeholders and decodes escape text, saying what it repaired', () => {
    const note = { reason: null as string | null };
    expect(cleanValue('  Tan ', note)).toBe('Tan');
    expect(note.reason).toBeNull();
    expect(cleanValue('   ', note)).toBeNull();
    expect(cleanValue('null', note)).toBeNull();
    expect(note.reason).toMatch(/placeholder/);
    expect(cleanValue('NA', note)).toBe('NA'); // Namibia, not a placeholder
    expect(cleanValue('H\\u00f8j', note)).toBe('Høj');
    expect(note.reason).toMatch(/escape/);
  });
});

describe('CsvSource.each (CsvRecords) against csv-parse', () => {
  it('gives the same lines and values as the csv-parse reader on generated files', async () => {
    const { generateDemoData } = await import('../demo/generateDemoData');
    const { CSV_FILES } = await import('./csvFiles');
    const folder = path.join(dir, 'generated');
    await generateDemoData({ outDir: folder, seed: 5, people: 2000, today: '2026-01-15' });
    for (const spec of Object.values(CSV_FILES)) {
      const source = CsvSource.open(folder, spec.file, spec.columns as readonly string[]);
      const expected: [number, string[]][] = [];
      await source.eachCsvParse((line, values) => expected.push([line, values]));
      const actual: [number, string[]][] = [];
      await source.each((line, values) => actual.push([line, values]));
      expect(actual.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    }
  });
});
