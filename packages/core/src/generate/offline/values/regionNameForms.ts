import { REGION_NAME_ABBREVIATIONS, REGIONS } from '@musaeid/db';
import { normKey } from '../text/tokenize';

/**
 * Pairs of interchangeable region phrases inside a name: the phrases of one region of the gazetteer ("apac",
 * "asia pacific") and the short forms names use ("sea" for "southeast asia"), each way round.
 */
const SWAPS: readonly (readonly [string, string])[] = (() => {
  const groups = [
    ...REGIONS.map((r) => r.phrases.map(normKey)),
    ...REGION_NAME_ABBREVIATIONS.map(([short, long]) => [normKey(short), normKey(long)]),
  ];
  const out = new Map<string, readonly [string, string]>();
  for (const group of groups)
    for (const a of group) for (const b of group) if (a !== b && a && b) out.set(`${a}|${b}`, [a, b]);
  return [...out.values()];
})();

/**
 * A name's key with each region phrase it holds said another way: "cemat southeast asia" is also "cemat sea",
 * "industrial transformation asia pacific" also "industrial transformation apac" (and back). One swap at a time.
 * @example regionNameForms('meetings show asia pacific') // ['meetings show apac']
 */
export function regionNameForms(key: string): string[] {
  const padded = ` ${key} `;
  const out = new Set<string>();
  for (const [from, to] of SWAPS) {
    if (!padded.includes(` ${from} `)) continue;
    const swapped = padded.replace(` ${from} `, ` ${to} `).trim();
    if (swapped !== key) out.add(swapped);
  }
  return [...out];
}

/** The region phrases a word or phrase also is inside names ("apac" -> "asia pacific"), itself included. */
export function regionPhraseForms(phrase: string): string[] {
  return [phrase, ...SWAPS.filter(([from]) => from === phrase).map(([, to]) => to)];
}
