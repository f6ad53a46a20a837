import { describe, expect, it } from 'vitest';

import { decodeCopyLine, encodeCopyRow } from './copyText';

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
});
