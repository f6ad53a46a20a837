/**
 * The WordNet group synsets (noun.group) that a body of people inside an organisation falls under: "unit, social
 * unit" (a department, a division, a branch, a team, a crew), "body" (the management, the administration, the
 * staff, the leadership) and "force, personnel" (a workforce, a sales force). A noun one of whose group senses is or
 * lies under one of these (`text/groupNouns.ts`) names the people of the job function typed before it ("marketing
 * management", "the HR department", "sales force"). Groups of other kinds stay out: an industry or a sector (an
 * enterprise, a social group), a market (customers), a conference (a gathering).
 */
export const PEOPLE_BODY_ANCHORS: readonly string[] = ['unit', 'body', 'personnel'];

/** How many hypernym levels above a group sense are searched for an anchor. */
export const PEOPLE_BODY_DEPTH = 3;

/**
 * Nouns business English uses for a department that WordNet files under no group sense ("the finance function",
 * "the HR functions"): after a job function they are its body of people, as "department" is. WordNet's "function" is
 * an activity or a ceremony; read only right after a job function (`text/groupNouns.ts`).
 */
export const BUSINESS_BODY_NOUNS: ReadonlySet<string> = new Set(['function', 'functions']);

/**
 * Nouns of a loose set of people said after what they share ("the space / satellite crowd", "the north america lot",
 * "the fintech types", "the AI folks", "that bunch"): the people of a place, or the audience of a theme. English group
 * nouns of informal speech (British "lot"), not words of this data set; read only after "the" / "that" and what the
 * set shares, never before "of" ("a lot of", "a bunch of" are quantities), by `parse/scan/audienceGroups.ts`.
 */
export const LOOSE_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'crowd',
  'crowds',
  'lot',
  'lots',
  'bunch',
  'gang',
  'types',
  'set',
  'community',
  'communities',
  'contingent',
  'brigade',
  'mob',
  'folks',
  'people',
  'guys',
]);

/** How many words may name what a loose group shares ("the space / satellite crowd": three). */
export const MAX_GROUP_SHARED_WORDS = 5;
