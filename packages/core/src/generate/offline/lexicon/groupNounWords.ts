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
