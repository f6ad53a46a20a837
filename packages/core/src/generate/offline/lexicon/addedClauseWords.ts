/**
 * Words that open a clause added to a request to say which of its rows are wanted ("which companies sponsor X? we
 * want to target fintechs", "events in europe - only germany", "people at X - I don't need the chefs"), read by
 * `text/addedClauses.ts`. General English, not words of this data set.
 */

/** Focus adverbs keeping only the part after them ("- only germany", ", just the banks", "exclusively airlines"). */
export const NARROWING_ADVERBS: readonly string[] = [
  'only',
  'just',
  'solely',
  'exclusively',
  'specifically',
  'strictly',
  'purely',
];

/**
 * Verbs and adjectives of the speaker's aim whose object is the part of the rows wanted ("we want to target
 * fintechs", "we're looking for insurers", "interested in hotels", "we focus on airlines", "we're after banks").
 * Verbs of plain wanting ("want", "need") are aims only under a focus adverb ("we only want the sales folks"): "i
 * need their emails" asks for a field, "we want to meet them" states the speaker's purpose.
 */
export const AIM_VERBS: readonly string[] = [
  'target',
  'targeting',
  'targetting',
  'focus on',
  'focusing on',
  'focussing on',
  'focused on',
  'go after',
  'going after',
  'look for',
  'looking for',
  'interested in',
  'after',
  'care about',
  'aim at',
  'aiming at',
  'prospecting',
  'prospect',
];

/**
 * Verbs of reaching buyers whose object is the part of the rows wanted, only after the speaker or an intention ("we're
 * trying to reach hospitals", "i want to pitch to airlines"): alone they open a request
 * ("contact details") or name no aim ("meeting rooms"); a particle after them makes another verb ("we want to reach
 * out before the show": `text/addedClauses.ts` asks WordNet for the phrasal verb). What the speaker's company does
 * ("we sell to hospitals", "we work with airlines") is its context, not an aim (`parse/speakerContext.ts`).
 */
export const REACHING_VERBS: readonly string[] = [
  'reach out to',
  'reaching out to',
  'reach',
  'reaching',
  'contact',
  'contacting',
  'approach',
  'approaching',
  'pitch to',
  'pitching to',
  'pitch',
  'pitching',
  'meet with',
  'meeting with',
  'meet',
  'meeting',
  'talk to',
  'talking to',
  'connect with',
  'connecting with',
];

/**
 * Imperatives that leave a part of the rows out ("skip the airlines", "leave out the banks", "ignore the ones in
 * march"): said in a clause of their own after the request, "excluding" that part. Beside `SET_REMOVING_VERBS` (an
 * edit of the rows, "drop the ones in 2024"), these are verbs of passing over.
 */
export const PASSING_OVER_VERBS: readonly string[] = [
  'skip',
  'leave out',
  'leave off',
  'ignore',
  'disregard',
  'omit',
  'forget about',
  'forget',
];

/**
 * Words that open a clause added with no punctuation before it ("sponsors of X but only the banks", "events in japan
 * oh and only 2025", "events in 2025 actually just germany"): a break before them when the clause after is one
 * keeping or leaving out a part of the rows.
 */
export const CLAUSE_OPENING_WORDS: readonly string[] = ['but', 'oh', 'actually'];

/** Verbs of plain wanting: an aim only under a focus adverb ("we just need the directors"). */
export const WANTING_VERBS: readonly string[] = ['want', 'need'];

/**
 * Verbs of intention that may stand between the speaker and the aim ("we want to target", "we're trying to reach",
 * "hoping to go after"): the aim is the verb after them.
 */
export const INTENTION_CHAINS: readonly string[] = [
  'want to',
  'wanna',
  'need to',
  'would like to',
  "'d like to",
  'd like to',
  'like to',
  'love to',
  'trying to',
  'try to',
  'looking to',
  'hoping to',
  'hope to',
  'plan to',
  'planning to',
  'aiming to',
  'aim to',
  'mainly',
  'mostly',
  'really',
  'primarily',
];

/**
 * Subjects of the speaker's own clause before an aim ("we", "I'm", "my team", "our client"); the forms of "be" they
 * take ("we are", "we're") follow them.
 */
export const AIM_SUBJECTS: readonly string[] = [
  'we',
  'i',
  'my team',
  'our team',
  'my client',
  'our client',
  'the client',
  'my boss',
];

/**
 * Negated wants that leave a part of the rows out ("I don't need the chefs", "not interested in startups", "no need
 * for the engineers"): said of the rows, "excluding" that part. Indifference ("don't care about", "doesn't matter")
 * is no want: it leaves a choice free (`lexicon/indifferenceWords.ts`). The markers of an exclusion ("skip", "except",
 * "without") are read where they stand (`parse/exclusions.ts`, `parse/answerEdits.ts`).
 */
export const UNWANTED_VERBS: readonly string[] = [
  "don't need",
  'dont need',
  'do not need',
  "don't want",
  'dont want',
  'do not want',
  "don't include",
  'dont include',
  'do not include',
  'not interested in',
  'no need for',
];

/**
 * Determiners after a bare "not" that make what follows a part of the rows ("not the american ones", "not those in
 * berlin"): a preposition after "not" ("not in 2025") negates a condition and is read where it stands. "no" takes a
 * bare noun ("no engineers").
 */
export const PART_DETERMINERS: readonly string[] = ['the', 'those', 'these', 'any'];
