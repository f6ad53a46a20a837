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
