/**
 * Idioms of discourse WordNet 3.1 does not list (it has "in short", "by the way", "in a nutshell", "all the same", read
 * from WordNet by `parse/discourseIdioms.ts`): what the asker says of the message, of their day or of their priorities
 * ("long story short", "bit of background", "on my radar", "nothing urgent", "side project"). None names a thing of
 * the data, a place, a date, a company or a role: released as discourse wherever they stand, unless a recogniser read
 * one of their words as data.
 */
export const DISCOURSE_IDIOMS: readonly string[] = [
  // what comes next is the point, or the background to it
  'long story short',
  'to make a long story short',
  'to cut a long story short',
  'bit of background',
  'a bit of background',
  'some background',
  'quick background',
  'bit of context',
  'a bit of context',
  'some context',
  'for context',
  'quick context',
  'heads up',
  // being in view of the asker: "which events should be on my radar", "what's on our radar"
  'on my radar',
  'on our radar',
  'on the radar',
  'on your radar',
  // how pressing the ask is
  'nothing urgent',
  'not urgent',
  'no rush',
  'no hurry',
  'no pressure',
  'when you get a chance',
  'whenever you get a chance',
  'when you have a moment',
  // what the asker does it for
  'side project',
  'pet project',
  'down a rabbit hole',
  'go down a rabbit hole',
  'sanity check',
];

/**
 * Idioms of relevance to the asker ("which events should be on my radar"): what is relevant to them may be what they
 * said of themselves ("I run marketing for a cybersecurity startup - ..."), a field the ask then needs: beside such a
 * clause they are asked about, not read as nothing (`parse/discourseIdioms.ts`).
 */
export const ASKER_RELEVANCE_IDIOMS: readonly string[] = ['on my radar', 'on our radar'];
