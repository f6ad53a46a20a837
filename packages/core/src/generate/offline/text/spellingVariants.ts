/**
 * British and American spellings of one word ("centre" / "center", "organisation" / "organization",
 * "defence" / "defense", "catalogue" / "catalog", "gynaecology" / "gynecology", "travelling" / "traveling").
 * Rule-based: the regular correspondences between the two spellings, applied both ways, so a word of the
 * question is read in the spelling the vocabulary or the data uses, whichever that is. The simplified spellings of
 * informal writing ("thru", "tho", "nite") are read the same way, towards the standard spelling only.
 */

/** One correspondence: a British pattern and its American counterpart (`$1` keeps the captured stem). */
interface Correspondence {
  british: RegExp;
  american: string;
  /** The reverse direction. */
  americanRe: RegExp;
  britishOut: string;
}

function pair(british: RegExp, american: string, americanRe: RegExp, britishOut: string): Correspondence {
  return { british, american, americanRe, britishOut };
}

const CORRESPONDENCES: readonly Correspondence[] = [
  // colour / color, labour / labor, behaviour / behavior, harbour / harbor (and their forms)
  pair(
    /([a-z]{2,})our(s|ed|ing|ful|ite|ites|able)?$/,
    '$1or$2',
    /([a-z]{2,}[^aeiou])or(s|ed|ing|ful|ite|ites|able)?$/,
    '$1our$2',
  ),
  // organise / organize, specialise, organisation / organization
  pair(
    /([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations)$/,
    '$1iz$2',
    /([a-z]{3,})iz(e|es|ed|ing|er|ers|ation|ations)$/,
    '$1is$2',
  ),
  // analyse / analyze, paralyse
  pair(/([a-z]{2,})ys(e|es|ed|ing)$/, '$1yz$2', /([a-z]{2,})yz(e|es|ed|ing)$/, '$1ys$2'),
  // centre / center, fibre, theatre, metre (and plurals)
  pair(/([a-z]{2,}[^aeiou])re(s|d)?$/, '$1er$2', /([a-z]{2,}[^aeiou])er(s|ed)?$/, '$1re$2'),
  // catalogue / catalog, dialogue, analogue
  pair(/([a-z]{3,})ogue(s|d)?$/, '$1og$2', /([a-z]{3,})og(s|ed)?$/, '$1ogue$2'),
  // defence / defense, licence, offence, pretence
  pair(/([a-z]{2,})ence(s)?$/, '$1ense$2', /([a-z]{2,})ense(s)?$/, '$1ence$2'),
  // travelling / traveling, modelling, cancelled, jeweller (a doubled l before a suffix)
  pair(/([a-z]{2,}[aeiou])ll(ing|ed|er|ers|ery)$/, '$1l$2', /([a-z]{2,}[aeiou])l(ing|ed|er|ers|ery)$/, '$1ll$2'),
  // jewellery / jewelry
  pair(/([a-z]{3,})ellery$/, '$1elry', /([a-z]{3,})elry$/, '$1ellery'),
  // programme / program, gramme
  pair(/([a-z]{3,})mme(s)?$/, '$1m$2', /([a-z]{3,}gra)m(s)?$/, '$1mme$2'),
  // gynaecology / gynecology, paediatric, haematology, anaesthesia (ae), oesophagus, foetal (oe)
  pair(/([a-z]+)ae([a-z]{2,})/, '$1e$2', /^$/, ''),
  pair(/([a-z]+)oe([a-z]{3,})/, '$1e$2', /^$/, ''),
  // aluminium / aluminum
  pair(/([a-z]{3,}n)ium$/, '$1um', /([a-z]{3,}n)um$/, '$1ium'),
  // the simplified spellings of informal writing, read one way only (the data never writes them): "-ough" written
  // as it sounds, thru / through, tho / though, altho / although, thoro / thorough; "-ight" as "-ite", nite / night,
  // lite / light, tonite / tonight
  pair(/^([a-z]*th(?:r|or)?)[uo]$/, '$1ough', /^$/, ''),
  pair(/^(to)?([nl])ite$/, '$1$2ight', /^$/, ''),
];

/**
 * The other spellings of a word under the British / American correspondences (the word itself excluded).
 * Each correspondence is applied alone; a word has at most a few variants.
 * @example spellingVariants('centre') // ['center']
 * @example spellingVariants('organization') // ['organisation']
 */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>();
  for (const c of CORRESPONDENCES) {
    if (c.british.test(word)) out.add(word.replace(c.british, c.american));
    if (c.britishOut !== '' && c.americanRe.test(word)) out.add(word.replace(c.americanRe, c.britishOut));
  }
  out.delete(word);
  return [...out];
}

/**
 * The spelling of a word that a reader knows, when the word itself is unknown and exactly one of its variants
 * is known; null otherwise.
 * @example knownVariant('center', (w) => w === 'centre') // 'centre'
 */
export function knownVariant(word: string, known: (w: string) => boolean): string | null {
  const found = spellingVariants(word).filter(known);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The spelling to read a word in, given readers in order of preference (the data's names first, then the
 * vocabulary and the data's running text): the first reader that knows the word keeps it as typed; before
 * that, the first reader that knows exactly one variant gives it. Null when the word is kept as typed.
 * @example preferredSpelling('center', [(w) => w === 'centre', (w) => w === 'center']) // 'centre'
 */
export function preferredSpelling(word: string, readers: readonly ((w: string) => boolean)[]): string | null {
  for (const known of readers) {
    if (known(word)) return null;
    const variant = knownVariant(word, known);
    if (variant !== null) return variant;
  }
  return null;
}
