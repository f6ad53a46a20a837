import { parse as parseSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { CsvRecords, CsvSyntaxSignal } from './CsvRecords';

/** Records of `text` read by CsvRecords fed in chunks of the given sizes; 'error' when it rejects the input. */
function fast(bytes: Buffer, chunkSizes: number[]): string[][] | 'error' {
  const out: string[][] = [];
  const reader = new CsvRecords((record) => out.push(record));
  try {
    let at = 0;
    let k = 0;
    while (at < bytes.length) {
      const size = chunkSizes[k++ % chunkSizes.length] ?? 1;
      reader.write(bytes.subarray(at, at + size));
      at += size;
    }
    reader.end();
  } catch (error) {
    if (error instanceof CsvSyntaxSignal) return 'error';
    throw error;
  }
  return out;
}

function reference(bytes: Buffer): string[][] | 'error' {
  try {
    return parseSync(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch {
    return 'error';
  }
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('CsvRecords', () => {
  it('reads the same records as csv-parse, whatever the chunking', () => {
    const cases = [
      '\uFEFFb,a\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n"5",""\r\n',
      'a,b\n1,2',
      'a,b\n1,2\n',
      'a,b\n\n\n',
      '"a""b",c\n',
      '""',
      '"',
      'a\rb\r',
      'a\r\nb\nc\r\n',
      'a\nb\r\nc\n',
      '"x"\r',
      '"x"\ry',
      'x,"y"z\n',
      'x,y"z\n',
      '\uFEFF',
      '\uFEFF"',
      ',,\n,',
      'é,ü\n"ñ, ø"\n',
    ];
    for (const text of cases) {
      const bytes = Buffer.from(text);
      for (const sizes of [[1 << 20], [1], [2], [3, 1], [5, 2, 7]])
        expect([text, fast(bytes, sizes)]).toEqual([text, reference(bytes)]);
    }
  });

  // 20,000 cases take a few seconds on a quiet machine and a minute on a loaded CI one: the limit is
  // generous because it is not a speed check.
  it('agrees with csv-parse on random input (fuzz)', { timeout: 300_000 }, () => {
    const next = random(42);
    const alphabet = ['a', 'b', 'é', ',', ',', '"', '"', '\n', '\r', '\r\n', ' ', 'x'];
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(next() * 24);
      let text = next() < 0.1 ? '\uFEFF' : '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const bytes = Buffer.from(text);
      const sizes = [1 + Math.floor(next() * 6), 1 + Math.floor(next() * 6)];
      const expected = reference(bytes);
      expect([JSON.stringify(text), fast(bytes, sizes)]).toEqual([JSON.stringify(text), expected]);
    }
  });
});
