import { normKey } from '../text/tokenize';

/** A company row as the value index reads it. */
export interface CompanyRow {
  readonly id: number;
  readonly name: string;
  readonly domain: string;
}

/** The rows of one brand: every company whose name leads with the brand's word and whose web domain does too. */
export interface Brand {
  readonly key: string;
  readonly rows: readonly CompanyRow[];
}

/** The first word of a company's name ("The" left out), as normalised. */
function leadingWord(name: string): string {
  const words = normKey(name.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter(Boolean);
  return (words[0] === 'the' ? words[1] : words[0]) ?? '';
}

/** A web domain's first label without its hyphens ("zurich" of www.zurich.com, "fujitsugeneral" of fujitsu-general.com). */
export function domainLabel(domain: string): string {
  return (
    domain
      .toLowerCase()
      .replace(/^www\./, '')
      .split('.')[0] ?? ''
  ).replace(/-/g, '');
}

/**
 * Brands that several company rows share ("Electrolux Group", "Electrolux Professional Group", and the row of
 * electrolux.com named "Electrolux Home Products"): a question typing only the brand ("people at electrolux") means
 * all of them, not whichever row owns the bare domain. A row belongs to a brand when its name leads with the brand's
 * word AND its domain starts with it, so names that only share a word ("Magnus Group" of magnusgroup.co.uk and
 * a "Magnus" of another domain) stay apart unless both hold. Words that read as something else (`isOtherWord`:
 * ordinary words, places) and words under four letters are no brand, unless one row owns the word as its bare web
 * domain ("Zurich Insurance" of zurich.com beside "Zurich North America" of zurichna.com): the word is then
 * already read as that row's name wherever it is read as a company at all, so it must name every row of the brand,
 * not the one that happens to own the domain (whether the word is read as a company or as the place stays the
 * business of the readers that weigh the two).
 */
export function sharedBrands(rows: readonly CompanyRow[], isOtherWord: (word: string) => boolean): Brand[] {
  const byWord = new Map<string, CompanyRow[]>();
  for (const r of rows) {
    const word = leadingWord(r.name);
    if (word.length < 4 || !/^[a-z]+$/.test(word)) continue;
    if (
      !r.domain
        .toLowerCase()
        .replace(/^www\./, '')
        .startsWith(word)
    )
      continue;
    byWord.set(word, [...(byWord.get(word) ?? []), r]);
  }
  return [...byWord]
    .filter(
      ([word, list]) => list.length >= 2 && (!isOtherWord(word) || list.some((r) => domainLabel(r.domain) === word)),
    )
    .map(([key, list]) => ({ key, rows: list }));
}
