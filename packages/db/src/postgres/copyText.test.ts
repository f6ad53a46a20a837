import { describe, expect, it } from 'vitest';

import { CopyBuffers, decodeCopyLine, encodeCopyRow, type CopyValue } from './copyText';

describe('COPY text format', () => {
  it.each([
    [[1, 'plain', null]],
    [['tab\there', 'new\nline', 'cr\rx', 'back\\slash', '\\N as text']],
    [['', null, 2.5, 'ünïcødé']],
  ])('round-trips %j (numbers come back as their text)', (row) => {
    const line = encodeCopyRow(row);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1).includes('\n')).toBe(false);
    expect(decodeCopyLine(line.slice(0, -1))).toEqual(row.map((v) => (v === null ? null : String(v))));
  });

  it('tells an empty string from NULL', () => {
    expect(encodeCopyRow(['', null])).toBe('\t\\N\n');
  });

  it('writes every row as the UTF-8 bytes of encodeCopyRow, escapes, emoji and lone surrogates included', () => {
    const rows: CopyValue[][] = [
      ['a\\b\tc\nd\re', 'ünïcødé', '日本語', 'emoji 😀 pair', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d'],
      [12, 2.5, -0, 10n ** 20n, null, '', '\\N'],
      ['ÿ\u0080\u07ff\u0800\uffff', String.fromCodePoint(0x10ffff)],
    ];
    const buffers = new CopyBuffers(16);
    const out: Buffer[] = [];
    for (const row of rows) {
      const full = buffers.add(row);
      if (full) out.push(full);
    }
    out.push(buffers.take());
    expect(Buffer.concat(out)).toEqual(Buffer.from(rows.map(encodeCopyRow).join(''), 'utf8'));
  });

  it('fills byte buffers with whole rows, multi-byte characters and rows larger than a buffer included', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      i,
      'ünïcødé'.repeat(i % 7),
      i % 50 === 0 ? 'x'.repeat(300) : null,
    ]);
    const buffers = new CopyBuffers(64);
    const out: Buffer[] = [];
    for (const row of rows) {
      const full = buffers.add(row);
      if (full) out.push(full);
    }
    out.push(buffers.take());
    // Every buffer ends at a row's end, and together they hold exactly the rows, in order.
    expect(out.every((b) => b.length === 0 || b[b.length - 1] === 0x0a)).toBe(true);
    expect(Buffer.concat(out).toString('utf8')).toBe(rows.map(encodeCopyRow).join(''));
  });
});
