import type { ComparisonAsked } from '../types/ComparisonAsked';
import { formatValue } from './formatValue';

/** One compared thing: its name and its value (null when the data holds none). */
interface Compared {
  name: string;
  value: number | string | null;
}

/** The measure's column: the one named, else the last column holding a number that is no rank and no id. */
function measureIndex(asked: ComparisonAsked, columns: readonly string[], row: readonly unknown[]): number {
  if (asked.measure !== null) return columns.indexOf(asked.measure);
  for (let i = columns.length - 1; i >= 0; i--) {
    const c = columns[i] ?? '';
    if (typeof row[i] === 'number' && c !== 'rank' && !/(^|_)id$/i.test(c)) return i;
  }
  return -1;
}

function said(asked: ComparisonAsked, c: Compared, column: string): string {
  if (c.value === null) return `${c.name} no value in the data`;
  const words = [asked.unit.before, formatValue(c.value, 40, column), asked.unit.after].filter((w) => w !== '');
  return `${c.name} ${words.join(' ')}`;
}

/** -1 when a comes before b at the winning end of the measure, 1 after, 0 level. */
function compare(asked: ComparisonAsked, a: Compared, b: Compared): number {
  if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
  const d = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return asked.order === 'desc' ? -d : d;
}

/**
 * The sentence answering a comparison between named things from its rows (one per compared thing): the winner, or
 * the tie, with every value; a yes/no question answered first. Null when the rows hold no measure to compare.
 *
 * @example
 * comparisonText({ order: 'desc', measure: 'days', unit: { before: '', after: 'days' }, claimed: ['A'] },
 *   ['event', 'days'], [['B', 6], ['A', 2]], 0);
 * // 'No: B 6 days, A 2 days.'
 */
export function comparisonText(
  asked: ComparisonAsked,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  nameIndex: number,
): string | null {
  const first = rows[0];
  if (!first || rows.length < 2) return null;
  const at = measureIndex(asked, columns, first);
  if (at < 0 || at === nameIndex) return null;
  const things: Compared[] = rows.map((r) => {
    const v = r[at];
    return { name: formatValue(r[nameIndex], 60), value: typeof v === 'number' || typeof v === 'string' ? v : null };
  });
  const ordered = [...things].sort((a, b) => compare(asked, a, b));
  const [best, next] = ordered;
  if (!best || !next || best.value === null) return null;
  const column = columns[at] ?? '';
  const values = ordered.map((c) => said(asked, c, column)).join(', ');
  const level = compare(asked, best, next) === 0;
  if (asked.claimed !== null) {
    const claimed = new Set(asked.claimed.map((n) => n.toLowerCase()));
    const wins = !level && claimed.has(best.name.toLowerCase());
    return `${wins ? 'Yes' : level ? 'No, they are level' : 'No'}: ${values}.`;
  }
  if (level) {
    const tied = ordered.filter((c) => compare(asked, c, best) === 0).map((c) => c.name);
    return `${tied.join(' and ')} are level: ${values}.`;
  }
  // "X is longer", "X has more contacts": a count's winner has more of what is counted
  const wins = asked.measure === null ? `has ${asked.word} ${asked.unit.after}` : `is ${asked.word}`;
  return `${best.name} ${wins}: ${values}.`;
}
