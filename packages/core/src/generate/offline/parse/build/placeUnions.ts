import { CITIES, countryName } from '@musaeid/db';
import type { Cond } from '../../ir/Request';

type CountryCond = Extract<Cond, { kind: 'country' }>;
type CityCond = Extract<Cond, { kind: 'city' }>;

/** The countries (canonical names) a city name lies in, by the gazetteer; empty when it knows no such city. */
export function countriesOfCity(name: string): string[] {
  const key = name.toLowerCase();
  return CITIES.filter((c) => c.name.toLowerCase() === key || (c.aliases ?? []).some((a) => a.toLowerCase() === key))
    .map((c) => countryName(c.country))
    .filter((n): n is string => n !== null);
}

/**
 * A country and a city said of the same rows are a union when the city lies in none of the countries ("people in
 * London or Germany", "events in Singapore and Kuala Lumpur"): no row is in both, so the two conditions ANDed
 * answered nothing. A city inside the country ("London, UK") narrows it and stays a second condition; a city the
 * gazetteer does not place is left so too. Returns the country condition that now holds both, or null.
 */
export function placeUnion(country: CountryCond, city: CityCond): CountryCond | null {
  if (country.negate || city.negate) return null;
  const outside = city.values.every((name) => {
    const of = countriesOfCity(name);
    return of.length > 0 && of.every((n) => !country.values.includes(n));
  });
  if (!outside) return null;
  return { ...country, orCities: [...new Set([...(country.orCities ?? []), ...city.values])] };
}
