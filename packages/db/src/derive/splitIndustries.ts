import { cleanText } from './text';

/**
 * Splits `company_industry` into its list. Items are separated by a comma followed by TWO spaces;
 * a comma followed by one space belongs to a LinkedIn industry name ('Technology, Information and
 * Internet'), so it never splits. Items are trimmed, empties and repeats dropped, order kept
 * (the first item is the primary industry).
 *
 * @example splitIndustries('Software,  Artificial Intelligence') // ['Software', 'Artificial Intelligence']
 * @example splitIndustries('Technology, Information and Internet') // ['Technology, Information and Internet']
 */
export function splitIndustries(raw: string | null | undefined): string[] {
  const text = cleanText(raw);
  if (text === null) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/,[ \t]{2,}/)) {
    const item = part.trim().replace(/\s+/g, ' ');
    const key = item.toLowerCase();
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
