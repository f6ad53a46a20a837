/**
 * "in order of size", "put them in order of revenue", "in descending order of employees": the order said with the
 * noun "order" is a sort by what follows "of", restated in the words the readers take ("sorted by size", "sort them
 * by revenue, highest first"); the verb of placing before it ("put", "place", "get") is the sort's own verb. Read
 * before anything else ("order" was read as a theme or left unread, "put" asked about, and "list them in order of
 * size" answered a theme no one asked for).
 * @example orderPhrases('put them in order of size') // 'sort them by size'
 * @example orderPhrases('list the sponsors in descending order of revenue') // 'list the sponsors sorted by revenue, highest first'
 */
const PLACING_VERBS = ['put', 'place', 'get', 'set', 'have'];
const OBJECTS = ['it', 'them', 'those', 'these', 'the list', 'the results', 'that'];
const DIRECTIONS: Readonly<Record<string, string>> = {
  ascending: ', lowest first',
  increasing: ', lowest first',
  descending: ', highest first',
  decreasing: ', highest first',
};

const ORDER_OF =
  /\bin\s+(?:the\s+)?(?:(ascending|increasing|descending|decreasing)\s+)?order\s+of\s+(?:their\s+|its\s+|the\s+)?([a-z][\w-]*(?:\s+(?:count|size|band|figure|number))?)/i;
const PLACED = new RegExp(`\\b(?:${PLACING_VERBS.join('|')})\\s+(${OBJECTS.join('|')})\\s+(?=in\\s)`, 'i');

export function orderPhrases(text: string): string {
  const m = ORDER_OF.exec(text);
  if (!m || m[2] === undefined) return text;
  const direction = DIRECTIONS[(m[1] ?? '').toLowerCase()] ?? '';
  const placed = PLACED.exec(text.slice(0, m.index + 3));
  if (placed && placed.index + placed[0].length === m.index) {
    const before = text.slice(0, placed.index);
    return `${before}sort ${placed[1] ?? 'them'} by ${m[2]}${direction}${text.slice(m.index + m[0].length)}`;
  }
  return `${text.slice(0, m.index)}sorted by ${m[2]}${direction}${text.slice(m.index + m[0].length)}`;
}
