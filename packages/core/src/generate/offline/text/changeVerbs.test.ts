import { describe, expect, it } from 'vitest';
import { changeVerbAt, namingVerb, wordingVerb } from './changeVerbs';

describe('verbs of changing the data said without its words, by WordNet', () => {
  it.each([
    ['get rid of the old rows', 'get rid of', true],
    ['getting rid of duplicates', 'get rid of', true],
    ['tidying up the records', 'tidy up', false],
    ['clean up the duplicate entries', 'clean up', false],
    ['scrap those companies', 'scrap', true],
    ['trash every contact', 'trash', true],
    ['weed out the dead leads', 'weed out', true],
  ])('"%s" opens with a verb of change (%s)', (text, lemma, removes) => {
    expect(changeVerbAt(text.split(' '), 0)).toEqual({ lemma, length: lemma.split(' ').length, removes });
  });

  it.each([
    'sort out the events by month',
    'leave out the ones in japan',
    'exclude the government bodies',
    'show me the sponsors',
    'filter the list',
    'get the sponsors',
    'pull the attendees',
  ])('"%s" does not (classifying, leaving out of an answer, asking)', (text) => {
    expect(changeVerbAt(text.split(' '), 0)).toBeNull();
  });

  it.each(['call', 'dub', 'nickname', 'rename'])('%s gives a name', (w) => expect(namingVerb(w)).toBe(true));
  it.each(['name', 'list', 'show', 'describe', 'tell'])('%s tells or shows, it gives no name', (w) =>
    expect(namingVerb(w)).toBe(false),
  );

  it.each(['said', 'says', 'read', 'reads'])('%s is a text having a wording', (w) => expect(wordingVerb(w)).toBe(true));
  it.each(['shows', 'lists', 'mentions', 'contains'])('%s is not', (w) => expect(wordingVerb(w)).toBe(false));
});
