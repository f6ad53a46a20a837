import { decodeUnicodeEscapes } from './text';

/**
 * The part of a job title that describes the job: escape text decoded, any '@ Company' suffix removed,
 * whitespace collapsed. ('Vice President @ SGX RegCo' -> 'Vice President').
 */
export function titleCore(title: string): string {
  return decodeUnicodeEscapes(title)
    .replace(/\s@\s?.*$|\s?@\s.*$/, '')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\uff5c/g, '|')
    .trim();
}

/** A compiled rule matcher: case-insensitive patterns plus case-sensitive whole-word acronyms. */
export interface CompiledMatcher {
  test(text: string): boolean;
}

export function compileMatcher(patterns: readonly string[], acronyms: readonly string[] = []): CompiledMatcher {
  const res = patterns.map((p) => new RegExp(p, 'iu'));
  const acr = acronyms.length
    ? new RegExp(`(?<![A-Za-z0-9])(?:${acronyms.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`, 'u')
    : null;
  return {
    test: (text) => res.some((r) => r.test(text)) || (acr !== null && acr.test(text)),
  };
}
