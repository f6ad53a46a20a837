/**
 * Venue gazetteer: named venues and the city / country they are in. A venue mention is the strongest
 * location signal for an event (it wins over a conflicting event_country). Each venue lists the
 * spellings seen in scraped listings; matching ignores case, accents, punctuation and '&' vs 'and'.
 * `group` names the venue complex a question may ask for ("events at Marina Bay Sands" includes the
 * Sands Expo & Convention Centre, which is part of the Marina Bay Sands integrated resort).
 */
export interface VenueEntry {
  readonly name: string;
  readonly city: string;
  readonly country: string; // ISO alpha-2
  readonly group?: string;
  readonly aliases: readonly string[];
  /**
   * The venue's own web hosts: an event listed on the venue's own "what's on" pages is held there, even when its venue
   * field names only a room of the complex ("Hall 3", "Peridot 201-202") or just the city.
   */
  readonly sites?: readonly string[];
}

export const VENUES: readonly VenueEntry[] = [
  // Singapore
  {
    name: 'Marina Bay Sands Expo & Convention Centre',
    city: 'Singapore',
    country: 'SG',
    group: 'Marina Bay Sands',
    sites: ['marinabaysands.com'],
    aliases: [
      'Marina Bay Sands',
      'Sands Expo & Convention Centre',
      'Sands Expo and Convention Centre',
      'Sands Expo',
      'Sands Expo Convention Centre',
      'MBS',
      'Marina Bay Sands Convention Centre',
      'Marina Bay Sands Expo',
      'Sands Convention Centre',
    ],
  },
  {
    name: 'Suntec Singapore Convention & Exhibition Centre',
    city: 'Singapore',
    country: 'SG',
    group: 'Suntec',
    sites: ['suntecsingapore.com'],
    aliases: [
      'Suntec',
      'Suntec Singapore',
      'Suntec Convention Centre',
      'Suntec Convention & Exhibition Centre',
      'Suntec City',
      'The Suntec Centre',
      'Suntec Centre',
      'Suntec Singapore Exhibition and Convention Centre',
    ],
  },
  {
    name: 'Singapore EXPO',
    city: 'Singapore',
    country: 'SG',
    group: 'Singapore EXPO',
    sites: ['singaporeexpo.com.sg'],
    aliases: [
      'Singapore Expo',
      'Singapore EXPO Convention and Exhibition Centre',
      'Singapore Expo Hall',
      'MAX Atria',
      'Max Atria @ Singapore Expo',
    ],
  },
  {
    name: 'Raffles City Convention Centre',
    city: 'Singapore',
    country: 'SG',
    aliases: ['Raffles City', 'Raffles City Convention Centre', 'Fairmont Singapore', 'Swissotel The Stamford'],
  },
  {
    name: 'Pan Pacific Singapore',
    city: 'Singapore',
    country: 'SG',
    aliases: ['Pan Pacific Singapore', 'Pan Pacific Hotel Singapore'],
  },
  { name: 'Carlton Hotel Singapore', city: 'Singapore', country: 'SG', aliases: ['Carlton Hotel Singapore'] },
  {
    name: 'Sheraton Towers Singapore',
    city: 'Singapore',
    country: 'SG',
    aliases: ['Sheraton Towers Singapore', 'Sheraton Towers'],
  },
  {
    name: 'The Arts House',
    city: 'Singapore',
    country: 'SG',
    aliases: ['The Arts House', 'Arts House at The Old Parliament', 'The Old Parliament House'],
  },
  {
    name: 'Resorts World Sentosa',
    city: 'Singapore',
    country: 'SG',
    aliases: ['Resorts World Sentosa', 'Resorts World Convention Centre', 'Sentosa'],
  },
  {
    name: 'Shangri-La Singapore',
    city: 'Singapore',
    country: 'SG',
    aliases: ['Shangri-La Singapore', 'Shangri-La Hotel Singapore'],
  },
  {
    name: 'Marina Bay Financial Centre',
    city: 'Singapore',
    country: 'SG',
    aliases: ['Marina Bay Financial Centre', 'MBFC'],
  },
  { name: 'Gardens by the Bay', city: 'Singapore', country: 'SG', aliases: ['Gardens by the Bay'] },
  {
    name: 'Singapore Indoor Stadium',
    city: 'Singapore',
    country: 'SG',
    aliases: ['Singapore Indoor Stadium', 'Singapore Sports Hub', 'National Stadium Singapore'],
  },
  { name: 'Changi Exhibition Centre', city: 'Singapore', country: 'SG', aliases: ['Changi Exhibition Centre'] },
  { name: 'Grand Hyatt Singapore', city: 'Singapore', country: 'SG', aliases: ['Grand Hyatt Singapore'] },
  { name: 'InterContinental Singapore', city: 'Singapore', country: 'SG', aliases: ['InterContinental Singapore'] },
  { name: 'Orchard Hotel Singapore', city: 'Singapore', country: 'SG', aliases: ['Orchard Hotel Singapore'] },
  { name: 'NUS University Cultural Centre', city: 'Singapore', country: 'SG', aliases: ['University Cultural Centre'] },
  // Elsewhere
  {
    name: 'Canton Fair Complex',
    city: 'Guangzhou',
    country: 'CN',
    aliases: ['Canton Fair Complex', 'China Import and Export Fair Complex'],
  },
  { name: 'Hosei University', city: 'Tokyo', country: 'JP', aliases: ['Hosei University'] },
  { name: 'Dubai World Trade Centre', city: 'Dubai', country: 'AE', aliases: ['Dubai World Trade Centre', 'DWTC'] },
  {
    name: 'Dubai Exhibition Centre',
    city: 'Dubai',
    country: 'AE',
    aliases: ['Dubai Exhibition Centre', 'Expo City Dubai'],
  },
  {
    name: 'Abu Dhabi National Exhibition Centre',
    city: 'Abu Dhabi',
    country: 'AE',
    aliases: ['ADNEC', 'Abu Dhabi National Exhibition Centre'],
  },
  {
    name: 'Kuala Lumpur Convention Centre',
    city: 'Kuala Lumpur',
    country: 'MY',
    aliases: ['Kuala Lumpur Convention Centre', 'KLCC'],
  },
  {
    name: 'MITEC',
    city: 'Kuala Lumpur',
    country: 'MY',
    aliases: ['MITEC', 'Malaysia International Trade and Exhibition Centre'],
  },
  {
    name: 'Jakarta International Expo',
    city: 'Jakarta',
    country: 'ID',
    aliases: ['Jakarta International Expo', 'JIExpo'],
  },
  {
    name: 'Queen Sirikit National Convention Center',
    city: 'Bangkok',
    country: 'TH',
    aliases: ['Queen Sirikit National Convention Center', 'QSNCC'],
  },
  {
    name: 'IMPACT Muang Thong Thani',
    city: 'Bangkok',
    country: 'TH',
    aliases: ['IMPACT Muang Thong Thani', 'IMPACT Exhibition Center'],
  },
  {
    name: 'Hong Kong Convention and Exhibition Centre',
    city: 'Hong Kong',
    country: 'HK',
    aliases: ['Hong Kong Convention and Exhibition Centre', 'HKCEC', 'AsiaWorld-Expo'],
  },
  { name: 'Tokyo Big Sight', city: 'Tokyo', country: 'JP', aliases: ['Tokyo Big Sight'] },
  { name: 'Makuhari Messe', city: 'Chiba', country: 'JP', aliases: ['Makuhari Messe'] },
  { name: 'COEX', city: 'Seoul', country: 'KR', aliases: ['COEX'] },
  {
    name: 'International Convention Centre Sydney',
    city: 'Sydney',
    country: 'AU',
    aliases: ['ICC Sydney', 'International Convention Centre Sydney'],
  },
  {
    name: 'Melbourne Convention and Exhibition Centre',
    city: 'Melbourne',
    country: 'AU',
    aliases: ['Melbourne Convention and Exhibition Centre', 'MCEC'],
  },
  { name: 'ExCeL London', city: 'London', country: 'GB', aliases: ['ExCeL London', 'ExCeL', 'Olympia London'] },
  { name: 'Messe Frankfurt', city: 'Frankfurt', country: 'DE', aliases: ['Messe Frankfurt'] },
  { name: 'Messe München', city: 'Munich', country: 'DE', aliases: ['Messe München', 'Messe Munchen', 'Messe Munich'] },
  { name: 'Fira Barcelona', city: 'Barcelona', country: 'ES', aliases: ['Fira Barcelona', 'Fira Gran Via'] },
  { name: 'RAI Amsterdam', city: 'Amsterdam', country: 'NL', aliases: ['RAI Amsterdam'] },
  {
    name: 'Las Vegas Convention Center',
    city: 'Las Vegas',
    country: 'US',
    aliases: ['Las Vegas Convention Center', 'LVCC'],
  },
  { name: 'Moscone Center', city: 'San Francisco', country: 'US', aliases: ['Moscone Center', 'Moscone West'] },
  {
    name: 'Javits Center',
    city: 'New York',
    country: 'US',
    aliases: ['Javits Center', 'Jacob K. Javits Convention Center'],
  },
];

/** Venue aliases that are ordinary words, so they count only in a venue field, never in running text. */
export const TEXT_UNSAFE_VENUE_ALIASES: readonly string[] = ['ExCeL', 'Sentosa', 'COEX'];
