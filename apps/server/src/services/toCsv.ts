import { cellText } from '@musaeid/core';

/** RFC 4180 CSV (CRLF line ends; fields quoted when they hold a comma, quote or line break). */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvLines([columns]) + csvLines(rows);
}

/** CSV lines of rows, each ended by CRLF (a chunk of a CSV written a page at a time). */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = cellText(value);
  // Cells starting with =, +, - or @ are prefixed so spreadsheets do not run them as formulas.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
