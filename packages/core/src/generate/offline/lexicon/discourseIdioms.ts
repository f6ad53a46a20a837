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

/**
 * The listener's spare time, said as a clause of its own ("whenever you get a sec", "if you have a free minute", "when
 * you find a moment", "when u get a chance"): a subordinator, the listener, a verb of getting or having (the `have`
 * verb class), and a noun of a stretch of time (WordNet's noun.time file, 28: "sec", "moment", "minute") or of an
 * opportunity (the synset "opportunity, chance"). It says when to answer, never which rows: released as discourse
 * (`parse/discourseIdioms.ts`).
 */
export const AVAILABILITY_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'once']);
export const AVAILABILITY_NOUN_FILE = 28;
export const AVAILABILITY_NOUN_SYNSETS: readonly (readonly string[])[] = [['opportunity', 'chance']];
/** How many of a noun's senses are looked at for `AVAILABILITY_NOUN_FILE` / `AVAILABILITY_NOUN_SYNSETS`. */
export const AVAILABILITY_NOUN_SENSES = 2;

/**
 * The WordNet adverb synset of resuming the point after a digression ("anyhow, anyway, anyways, in any case, at any
 * rate, in any event": "used to indicate that a statement explains or supports a previous statement"): a clause opening
 * with one of its words sets what came before it aside; the clauses before, reading nothing of the data, are discourse
 * ("at the end of the day it's all about the pipeline... anyway, who ...").
 */
export const RESUMING_ADVERB_SYNSET: readonly string[] = ['anyhow', 'anyway', 'anyways', 'in any case', 'at any rate'];

/**
 * WordNet's lexicographer files of verbs of knowing (31) and of perceiving (39): "let me know", "let us see" before
 * the ask is the ask's frame, as "tell me" is.
 */
export const LETTING_KNOW_VERB_FILES: ReadonlySet<number> = new Set([31, 39]);
