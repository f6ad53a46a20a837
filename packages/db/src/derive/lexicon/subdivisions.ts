/**
 * First-level subdivisions that appear where a country is expected (e.g. a person_country of 'MI' or
 * 'NSW', or 'Maryland, USA' in event_country). Codes are only used when they are NOT also an ISO
 * country code: 'CA' is Canada, not California; 'MI' (no such country) is Michigan.
 */
export interface Subdivision {
  readonly country: string; // ISO alpha-2
  readonly code: string;
  readonly name: string;
}

const US: ReadonlyArray<readonly [string, string]> = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

const AU: ReadonlyArray<readonly [string, string]> = [
  ['NSW', 'New South Wales'],
  ['VIC', 'Victoria'],
  ['QLD', 'Queensland'],
  ['WA', 'Western Australia'],
  ['SA', 'South Australia'],
  ['TAS', 'Tasmania'],
  ['ACT', 'Australian Capital Territory'],
  ['NT', 'Northern Territory'],
];

const CA: ReadonlyArray<readonly [string, string]> = [
  ['ON', 'Ontario'],
  ['QC', 'Quebec'],
  ['BC', 'British Columbia'],
  ['AB', 'Alberta'],
  ['MB', 'Manitoba'],
  ['SK', 'Saskatchewan'],
  ['NS', 'Nova Scotia'],
  ['NB', 'New Brunswick'],
  ['NL', 'Newfoundland and Labrador'],
  ['PE', 'Prince Edward Island'],
  ['YT', 'Yukon'],
  ['NT', 'Northwest Territories'],
  ['NU', 'Nunavut'],
];

const IN: ReadonlyArray<readonly [string, string]> = [
  ['MH', 'Maharashtra'],
  ['KA', 'Karnataka'],
  ['TN', 'Tamil Nadu'],
  ['TG', 'Telangana'],
  ['HR', 'Haryana'],
  ['UP', 'Uttar Pradesh'],
  ['WB', 'West Bengal'],
  ['GJ', 'Gujarat'],
  ['RJ', 'Rajasthan'],
  ['KL', 'Kerala'],
  ['AP', 'Andhra Pradesh'],
  ['PB', 'Punjab'],
];

const DE: ReadonlyArray<readonly [string, string]> = [
  ['BY', 'Bavaria'],
  ['BW', 'Baden-Württemberg'],
  ['NRW', 'North Rhine-Westphalia'],
  ['HE', 'Hesse'],
  ['NI', 'Lower Saxony'],
  ['SN', 'Saxony'],
  ['HH', 'Hamburg'],
];

function build(country: string, list: ReadonlyArray<readonly [string, string]>): Subdivision[] {
  return list.map(([code, name]) => ({ country, code, name }));
}

/**
 * US states (+ DC), Australian states and territories, Canadian provinces and territories, the larger states of
 * India and Germany (whose codes people's state columns hold: "MH", "KA", "BY", "NRW").
 */
export const SUBDIVISIONS: readonly Subdivision[] = [
  ...build('US', US),
  ...build('AU', AU),
  ...build('CA', CA),
  ...build('IN', IN),
  ...build('DE', DE),
];

/**
 * Subdivision NAMES that are also common words or other places, so they are not taken as a country
 * hint on their own ('Georgia' is also a country, 'Victoria' a city in several countries).
 */
export const AMBIGUOUS_SUBDIVISION_NAMES: readonly string[] = ['Georgia', 'Victoria'];
