import { cleanText } from './text';

/**
 * The person's surname: `last_name`, or `middle_name` when `last_name` is empty (the scraped people
 * file sometimes puts the only family name in the middle column). Null when both are empty.
 *
 * @example deriveSurname('Clément', '') // 'Clément'
 * @example deriveSurname('Voivodic', 'Ribeiro Leite') // 'Ribeiro Leite'
 */
export function deriveSurname(middle: string | null | undefined, last: string | null | undefined): string | null {
  return cleanText(last) ?? cleanText(middle);
}
