import { decodeUnicodeEscapes, foldAccents } from './text';

/**
 * The part of a job title that describes the job: escape text decoded, accents folded (rules are written
 * in ASCII), any '@ Company' suffix removed, hyphens between letters read as spaces,
 * whitespace collapsed. ('Vice President @ SGX RegCo' -> 'Vice President'). A title that lists several
 * positions, each with its '@ Company' ('Account Manager @ Similarweb, Marketing Intern @ Enchanted Kingdom'),
 * states each of them: they are kept, joined by ' | ' as coordinated roles ('Account Manager | Marketing Intern').
 */
export function titleCore(title: string): string {
  return (
    foldAccents(decodeUnicodeEscapes(title))
      // '@ Company, ' followed by another 'Title @': the next position, not part of the employer's name
      .replace(/(?:\s@\s?|\s?@\s)[^@]*?,\s+(?=[^@,]+?(?:\s@|@\s))/g, ' | ')
      .replace(/\s@\s?.*$|\s?@\s.*$/, '')
      // 'Key-Account-Manager', 'Senior Account-Manager', 'Co-Founder': a hyphen between letters reads as a space; so
      // does an underscore ('Head Of Business Development_Asia Pacific Region': a word character, so no word ended)
      .replace(/(?<=\p{L})[-_](?=\p{L})/gu, ' ')
      .replace(/[\u00a0\s]+/g, ' ')
      .replace(/\uff5c/g, '|')
      .trim()
  );
}

/** A compiled rule matcher: case-insensitive patterns plus case-sensitive whole-word acronyms. */
export interface CompiledMatcher {
  test(text: string): boolean;
  /** Where the matcher matches in `text`: [start, end) character offsets, in order. */
  spans(text: string): [number, number][];
}

export function compileMatcher(patterns: readonly string[], acronyms: readonly string[] = []): CompiledMatcher {
  // One alternation per rule: a single scan of the title instead of one per pattern.
  const re = patterns.length ? new RegExp(patterns.map((p) => `(?:${foldAccents(p)})`).join('|'), 'i') : null;
  const acr = acronyms.length
    ? new RegExp(
        `(?<![A-Za-z0-9])(?:${acronyms.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`,
      )
    : null;
  const all = [re, acr].flatMap((r) => (r ? [new RegExp(r.source, `${r.flags}g`)] : []));
  return {
    test: (text) => (re !== null && re.test(text)) || (acr !== null && acr.test(text)),
    spans: (text) =>
      all
        .flatMap((r) => [...text.matchAll(r)].map((m): [number, number] => [m.index, m.index + m[0].length]))
        .sort((a, b) => a[0] - b[0]),
  };
}
