/**
 * What each kind of thing the parser reads a name or value of is, as WordNet names it: the synsets whose words are
 * general nouns for it. A noun said right beside such a mention with one of these synsets among its senses ("the chief
 * technology officer role", "whose position is CFO", "the Suntec venue") names the same thing again, no condition
 * (`parse/scan/kindNouns.ts`). Only the synsets themselves count, never their hyponyms: a narrower noun ("vacancy",
 * a kind of post; "directorship") says more than the mention and is asked about. Each anchor is a synset holding
 * `word` and every `with` word, as in `verbClassWords.ts`.
 */

/** The kinds of mention a general noun may restate. */
export type MentionKind = 'role' | 'venue' | 'event' | 'company';

export const KIND_NOUN_ANCHORS: Readonly<Record<MentionKind, readonly { word: string; with?: readonly string[] }[]>> = {
  // a job title, a job function or a level is a job in an organization ("position, post, berth, office, spot,
  // billet, place, situation"), the part a person plays ("function, office, part, role") and their line of work
  // ("occupation, business, job, line of work, line")
  role: [
    { word: 'post', with: ['berth'] },
    { word: 'role', with: ['office'] },
    { word: 'occupation', with: ['job'] },
  ],
  // a venue is "the scene of any event" ("venue, locale, locus"), the land a building stands on ("site, land site")
  // and a point located by its surroundings ("topographic point, place, spot")
  venue: [
    { word: 'venue', with: ['locale'] },
    // "location": a point or extent in space, the synset of the word alone (a venue, a site, a place are kinds of it)
    { word: 'location', with: [] },
    { word: 'site', with: ['land site'] },
    { word: 'place', with: ['topographic point'] },
  ],
  // an event of the data is a gathering ("gathering, assemblage"), a meeting ("meeting, group meeting") and a social
  // event ("social event")
  event: [
    { word: 'gathering', with: ['assemblage'] },
    { word: 'meeting', with: ['group meeting'] },
    { word: 'social event' },
  ],
  // a company of the data is a business ("business, concern, business concern, business organization"), a firm
  // ("firm, house, business firm") and an organization ("organization, organisation": a group with a purpose)
  company: [
    { word: 'business', with: ['concern'] },
    { word: 'firm', with: ['business firm'] },
    { word: 'organization', with: ['organisation'] },
  ],
};
