/**
 * Extra spellings of country names seen in scraped data (English variants, abbreviations, native
 * names, constituent countries). Keys are ISO alpha-2 codes; values are compared through lookupKey
 * (accents, case, dots and "the" ignored), so 'U.S.A.' and 'usa' need only one entry.
 */
/**
 * Constituent countries of a country: a scraped address or person country naming one stands for the country, but
 * a question naming one asks for a part of it (the data holds no such field: asked back, never widened).
 */
export const CONSTITUENT_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
};

export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'USA',
    'U.S.',
    'U.S.A.',
    'United States of America',
    'America',
    'United States America',
    'Estados Unidos',
    'Etats-Unis',
    'Vereinigte Staaten',
  ],
  GB: [
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    ...(CONSTITUENT_COUNTRIES.GB ?? []),
    'United Kingdom of Great Britain and Northern Ireland',
    'England, United Kingdom',
    'England, UK',
    'Scotland, United Kingdom',
    'Wales, United Kingdom',
  ],
  AE: ['UAE', 'U.A.E.', 'Emirates', 'United Arab Emirate'],
  SG: ['Republic of Singapore', 'Singapura'],
  KR: ['Korea', 'Republic of Korea', 'Korea, Republic of', 'Korea Republic', 'S. Korea'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  RU: ['Russian Federation'],
  VN: ['Viet Nam'],
  DE: ['Deutschland', 'Federal Republic of Germany'],
  NL: ['Holland', 'The Netherlands', 'Nederland'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China', 'China Mainland'],
  HK: ['Hong Kong SAR', 'Hong Kong SAR China', 'Hong Kong, China', 'HKSAR'],
  MO: ['Macau', 'Macau SAR', 'Macao SAR China'],
  TW: ['Taiwan, Province of China', 'Republic of China', 'Chinese Taipei'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Türkiye', 'Turkiye', 'Republic of Turkey'],
  SA: ['KSA', 'Kingdom of Saudi Arabia'],
  IR: ['Iran, Islamic Republic of', 'Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  LA: ["Lao People's Democratic Republic", 'Lao PDR'],
  TZ: ['United Republic of Tanzania', 'Tanzania, United Republic of'],
  BO: ['Bolivia, Plurinational State of', 'Plurinational State of Bolivia'],
  VE: ['Venezuela, Bolivarian Republic of', 'Bolivarian Republic of Venezuela'],
  MD: ['Republic of Moldova', 'Moldova, Republic of'],
  FM: ['Micronesia, Federated States of', 'Federated States of Micronesia'],
  MK: ['Macedonia', 'Republic of North Macedonia'],
  CI: ['Ivory Coast', 'Cote dIvoire'],
  CV: ['Cabo Verde'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  MM: ['Burma'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian Territories', 'State of Palestine'],
  CD: ['DR Congo', 'DRC', 'Congo, Democratic Republic of the', 'Congo (Kinshasa)'],
  CG: ['Congo', 'Congo (Brazzaville)', 'Congo, Republic of the'],
  BR: ['Brasil'],
  ES: ['España', 'Espana'],
  IT: ['Italia'],
  CH: ['Schweiz', 'Suisse', 'Svizzera'],
  AT: ['Österreich'],
  MX: ['México'],
  PE: ['Perú'],
  PH: ['The Philippines', 'Pilipinas'],
  IE: ['Republic of Ireland', 'Éire', 'Eire'],
  NZ: ['Aotearoa'],
  FR: ['République française'],
  BE: ['Belgique', 'België'],
  SE: ['Sverige'],
  NO: ['Norge'],
  DK: ['Danmark'],
  FI: ['Suomi'],
  PL: ['Polska'],
  JP: ['Nippon'],
  IN: ['Bharat'],
  BN: ['Brunei Darussalam'],
  CW: ['Curacao'],
};

/**
 * Two-letter codes people write that are not (or no longer) ISO alpha-2 codes of that country.
 * 'UK' is the only one common in practice.
 */
export const NON_ISO_COUNTRY_CODES: Readonly<Record<string, string>> = {
  UK: 'GB',
};
