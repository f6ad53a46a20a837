const STOPWORDS = new Set(
  (
    'a an the of in on at to for from by with and or not is are was were be been being do does did ' +
    'what which who whom whose when where how many much list show give me all any some that this those ' +
    'these there their them they it its as into than then also about please tell find get i we you our ' +
    'can could would should will shall has have had per each every'
  ).split(' '),
);

/** Light stemmer: plural and common suffixes, so "sponsors"/"sponsored" meet "sponsor". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('es') && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Lower-cased, stemmed word tokens without stop words; snake_case identifiers are split
 * (`job_title` gives `job`, `title`) and also kept whole.
 *
 * @example
 * searchTokens('Which companies sponsored events?'); // ['company', 'sponsor', 'event']
 */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .normalize('NFKD')
    .match(/[a-z0-9_]+/g) ?? []) {
    const parts = raw.includes('_') ? [raw, ...raw.split('_')] : [raw];
    for (const part of parts) {
      if (!part || STOPWORDS.has(part)) continue;
      out.push(stem(part));
    }
  }
  return out;
}
