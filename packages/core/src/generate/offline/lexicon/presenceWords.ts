/**
 * Words of the speaker's being somewhere ("im in town til end of august", "we're around until the 10th", "i'll be
 * here in october"): after the speaker and a form of "be" they say where the speaker is, so a time said with them is
 * when the speaker can go (`parse/speakerContext.ts` `presenceBefore`). General English, not words of this data set.
 * Words of being away ("away", "out", "off") say the opposite and are not here.
 */
export const PRESENCE_WORDS: ReadonlySet<string> = new Set([
  'here',
  'there',
  'around',
  'about',
  'local',
  'free',
  'available',
  'staying',
]);

/** Prepositions of where one is ("in town", "at home", "in the city"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
