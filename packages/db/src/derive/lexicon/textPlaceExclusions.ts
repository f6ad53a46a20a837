/**
 * Country names and aliases that are also common words, first names or parts of other names, so
 * they are NOT read as a location in running text (event names and descriptions). They still work
 * in fields that hold a place (event_country, venue, person_country).
 */
export const TEXT_UNSAFE_COUNTRY_NAMES: readonly string[] = [
  'America', 'Emirates', 'Chad', 'Jordan', 'Georgia', 'Turkey', 'Guinea', 'Niger', 'Jersey', 'Guernsey', 'Mali',
  'Dominica', 'Congo', 'Korea', 'Holland', 'Britain', 'Nippon', 'Bharat', 'Man', 'Norge', 'Suomi', 'Polska',
  'Italia', 'Brasil', 'Deutschland', 'Nederland', 'Sverige', 'Danmark', 'Pilipinas', 'Aotearoa', 'Eire', 'Éire', 'Burma',
  'Micronesia', 'Samoa', 'Chile', 'Canada', 'Wales', 'Scotland', 'England', 'Ireland', 'Northern Ireland',
];
