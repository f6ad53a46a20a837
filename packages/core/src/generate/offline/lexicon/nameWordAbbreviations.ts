/**
 * Abbreviations of general English words that people use when they type the name of an organisation or an
 * event ("intl conf on supply chain mgmt", "american petroleum inst", "national assoc for music ed"). Each
 * entry is an ordinary word of any name, never a name of this data set. The name matcher reads them both
 * ways: the short form typed for the long word in a name, and the long word typed for a name that is written
 * short ("Chefs Eye Tech" for "chefs eye technology"). A value may hold several words ("apac").
 */
export const NAME_WORD_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  acad: ['academy'],
  admin: ['administration'],
  apac: ['asia pacific'],
  arch: ['architecture'],
  assn: ['association'],
  assoc: ['association', 'associates'],
  auth: ['authority'],
  biz: ['business'],
  bldg: ['building'],
  conf: ['conference'],
  corp: ['corporation'],
  ctr: ['center', 'centre'],
  dept: ['department'],
  dev: ['development'],
  ed: ['education'],
  edu: ['education'],
  eng: ['engineering'],
  expo: ['exposition', 'exhibition'],
  fed: ['federal', 'federation'],
  fin: ['finance', 'financial'],
  govt: ['government'],
  hosp: ['hospital', 'hospitality'],
  info: ['information'],
  inst: ['institute'],
  intl: ['international'],
  med: ['medical'],
  mfg: ['manufacturing'],
  mgmt: ['management'],
  mktg: ['marketing'],
  natl: ['national'],
  org: ['organization', 'organisation'],
  pharma: ['pharmaceutics', 'pharmaceutical', 'pharmaceuticals'],
  soc: ['society'],
  svc: ['service'],
  svcs: ['services'],
  sys: ['systems'],
  tech: ['technology', 'technologies'],
  telecom: ['telecommunications'],
  univ: ['university'],
  wk: ['week'],
};

const longToShort = new Map<string, string[]>();
for (const [short, longs] of Object.entries(NAME_WORD_ABBREVIATIONS))
  for (const long of longs) longToShort.set(long, [...(longToShort.get(long) ?? []), short]);

/**
 * True when one word is a general abbreviation of the other, either way round; `words` are the name's words
 * so that a short form standing for several ("apac" for "asia pacific") matches only a name holding them all.
 * @example abbreviates('mgmt', 'management', []) // true
 */
export function abbreviates(typed: string, nameWord: string, words: readonly string[]): boolean {
  const expands = (short: string, long: string): boolean =>
    (NAME_WORD_ABBREVIATIONS[short] ?? []).some((x) => {
      const parts = x.split(' ');
      return parts[0] === long && parts.every((p) => p === long || words.includes(p));
    });
  return expands(typed, nameWord) || (longToShort.get(typed) ?? []).includes(nameWord);
}

/**
 * True when two different words are long forms of one abbreviation ("association" and "associates" of "assoc"): the
 * shorthand reader rewrites the abbreviation to the form the vocabulary reads, so a name holding the other form was
 * typed with it all the same.
 * @example longFormsOfOne('associates', 'association') // true
 */
export function longFormsOfOne(a: string, b: string): boolean {
  if (a === b) return false;
  return Object.values(NAME_WORD_ABBREVIATIONS).some((longs) => longs.includes(a) && longs.includes(b));
}
