/**
 * Verb classes the parser reads by meaning, not by listing verbs: a verb belongs to a class when one of its
 * most frequent WordNet senses is, or has as a near hypernym, a synset holding the class's anchor word
 * ("kick off" -> inaugurate -> start -> begin; "oversee" -> administer -> manage). `text/verbClasses.ts`
 * does the reading; this module is the data it reads.
 *  - `begin`: an event starting ("kick off", "commence", "open") — a date window on the start date;
 *  - `end`: an event ending ("wrap up", "finish", "conclude", "close") — the window is on the end date;
 *  - `happen`: an event occurring ("take place", "occur", "go on") — a window on the start date;
 *  - `manage`: being responsible for something ("handle", "oversee", "run", "head") — a person's job
 *    function when a function follows ("who handles sales"), an event being held otherwise ("events run in");
 *  - `offer`: making or supplying goods ("make", "build", "produce", "manufacture", "sell", "offer", "provide") —
 *    said of companies, its object is what they make or sell: their industry (`parse/scan/offeringVerbs.ts`),
 *    never a person's job function ("companies that make products" is no question about product managers);
 *  - `exist`: being there or coming into view ("appear", "exist", "show up", "turn up", "pop up") — said of the asked
 *    set with nothing after it but the data itself ("companies that appear in the data"), it restates that the rows
 *    are there and is no condition (`parse/scan/existenceVerbs.ts`); "show up at X" is taking part (the lexicon);
 *  - `link`: being joined or tied to something ("attached to", "tied to", "connected to", "joined") — said
 *    of companies or people before an event, it is taking part in it in some role (`parse/scan/linkVerbs.ts`);
 *  - `collaborate`: working together ("work with", "collaborate", "cooperate", "team up", "join forces") — the data
 *    holds no dealings between companies, so with a company as its object it is asked back with the readings the
 *    data does hold (`parse/scan/collaborationVerbs.ts`);
 *  - `extend`: reaching over a stretch of time ("last", "span", "run", "go on", "extend", "stretch") — before a
 *    superlative of duration ("spans the most days") it is that ranking's verb (`parse/scan/occurrenceVerbs.ts`);
 *  - `devote`: giving one's attention or whole self to something ("dedicated", "devoted", "focused", "centred",
 *    "concentrated") — its participle after a noun of events or companies before "to" / "on" marks the theme that
 *    follows, as "related to" does (`parse/scan/topics.ts`); so do verbs of meaning something for a public ("aimed at",
 *    "targeted at", "geared towards", "tailored to", "caters to"), which say whom an event is for: its theme;
 *  - `fund`: paying for something ("finance", "fund", "bankroll", "underwrite", "back" as a financial backer,
 *    "sponsor, patronize") — said of companies before an event it is the sponsor relation
 *    (`parse/scan/linkVerbs.ts` `readFundingVerbs`);
 *  - `stage`: putting on an event ("stage", "host", "hold, throw"): in the passive of events ("events being staged
 *    outside X", "events hosted in Y") with no agent ("by ...") it says the event takes place, no condition
 *    (`parse/scan/occurrenceVerbs.ts` `readStagingVerbs`); said of companies it is left to the lexicon or asked.
 */
export type VerbClass =
  | 'begin'
  | 'end'
  | 'happen'
  | 'manage'
  | 'have'
  | 'offer'
  | 'exist'
  | 'link'
  | 'collaborate'
  | 'extend'
  | 'devote'
  | 'fund'
  | 'stage'
  | 'sum';

/** The anchor word whose synsets define each class (a synset holding `word`, and every `with` word when given). */
export const VERB_CLASS_ANCHORS: readonly { cls: VerbClass; word: string; with?: readonly string[] }[] = [
  { cls: 'begin', word: 'begin' },
  { cls: 'end', word: 'end' },
  { cls: 'happen', word: 'happen' },
  { cls: 'manage', word: 'manage', with: ['deal'] },
  { cls: 'manage', word: 'administer' },
  // "get, acquire" (secure, line up, procure), "hire, engage, employ" (sign up, sign on, take on), "have, feature"
  // (feature, boast): coming to have or having. Not "have, hold": "hold" is an event's verb ("events held in")
  { cls: 'have', word: 'acquire', with: ['get'] },
  { cls: 'have', word: 'hire', with: ['engage'] },
  { cls: 'have', word: 'have', with: ['feature'] },
  // "make, create" (build, produce, design, manufacture), "create" (develop), "supply, provide" (offer, furnish),
  // "sell" (trade, deal): making what a company brings to market, or selling it
  { cls: 'offer', word: 'make', with: ['create'] },
  { cls: 'offer', word: 'create' },
  { cls: 'offer', word: 'supply', with: ['provide'] },
  { cls: 'offer', word: 'sell' },
  // "exist, be" (exist), "appear" in every sense WordNet gives it ("come into view", "seem", "come out"), and what
  // sits under it (show up, turn up, pop up, crop up, surface)
  { cls: 'exist', word: 'exist', with: ['be'] },
  { cls: 'exist', word: 'appear' },
  // "connect, link, tie" (attach, join and bind sit under it): tied to something. Not "consort, associate, affiliate":
  // the noun "companies" is a verb under it ("keep company")
  { cls: 'link', word: 'link', with: ['connect'] },
  // "collaborate, join forces, cooperate, get together": working together
  { cls: 'collaborate', word: 'collaborate', with: ['cooperate'] },
  // "cover, continue, extend" (span an interval: "span", "traverse"), "last, endure" (persist for a time): reaching
  // over a length of time. Not "run, go, pass, lead, extend": "run" would leave `manage` ("events run in")
  { cls: 'extend', word: 'extend', with: ['cover'] },
  { cls: 'extend', word: 'last', with: ['endure'] },
  // "give, dedicate, consecrate, commit, devote" (give entirely to a cause), "concentrate, focus, center, centre" (direct
  // one's attention on something) and "focus on, center on, revolve around": being about one thing
  { cls: 'devote', word: 'devote', with: ['dedicate'] },
  { cls: 'devote', word: 'focus', with: ['concentrate'] },
  // "calculate, aim, direct" (design a product or event for a certain public: "a magazine aimed at young women"),
  // "target, aim" (intend something to move towards a goal), "gear, pitch" and "tailor, orient" (set the level or
  // character of something for its public): an event "aimed at / targeted at / geared towards / tailored to" a
  // sector is about it
  { cls: 'devote', word: 'aim', with: ['calculate'] },
  { cls: 'devote', word: 'target', with: ['aim'] },
  { cls: 'devote', word: 'gear', with: ['pitch'] },
  { cls: 'devote', word: 'tailor', with: ['orient'] },
  // "finance" (obtain or provide money for), "underwrite, subvention" (guarantee
  // financial support of), "sponsor, patronize" (assume sponsorship of): paying for something
  { cls: 'fund', word: 'finance' },
  // "fund" (furnish money for; "bankroll" sits under it, and it under "support materially or financially")
  { cls: 'fund', word: 'fund' },
  { cls: 'fund', word: 'underwrite', with: ['subvention'] },
  { cls: 'fund', word: 'sponsor', with: ['patronize'] },
  // "stage, present, represent" and "stage, arrange" (put on a play, an event), "host" (be the host of an event),
  // "hold, throw, have, make, give" (organize or be responsible for: "hold a conference")
  { cls: 'stage', word: 'stage' },
  { cls: 'stage', word: 'host' },
  { cls: 'stage', word: 'throw', with: ['hold'] },
  // "total, tot, tot up, sum, sum up, summate, tote up, add, add together, tally, add up" (determine the sum of):
  // summing a measure over the rows ("add up the revenue of the sponsors", "tot up their revenue")
  { cls: 'sum', word: 'tot', with: ['summate'] },
];

/**
 * Verbs of putting something to use or picking it, read as the classes are (a sense at or near one of these synsets),
 * but no class of their own: they are read only before a value restated after "as" by a noun of its kind ("events that
 * use Suntec as their venue", "that chose X as the location"), where they link the rows to the value as the "as"
 * phrase says (`parse/scan/restatedLinks.ts`). Kept apart so that no verb leaves its class ("employ" stays `have`).
 * "use, utilize, utilise, apply, employ" (put into service); "choose, take, select, pick out" (pick out from a
 * number of alternatives).
 */
export const USE_VERB_ANCHORS: readonly { word: string; with?: readonly string[] }[] = [
  { word: 'use', with: ['utilize'] },
  { word: 'choose', with: ['select'] },
];

/** How many of a verb's senses (most frequent first) and hypernym levels are searched for an anchor. */
export const VERB_CLASS_SENSES = 4;
export const VERB_CLASS_DEPTH = 2;

/**
 * Phrases of responsibility English builds with an adjective or a noun, which WordNet has no verb for
 * ("in charge of", "responsible for"), or a phrasal verb WordNet files under another meaning ("look after" is
 * filed under watching).
 */
export const VERB_CLASS_PHRASES: readonly (readonly [string, VerbClass])[] = [
  ['in charge of', 'manage'],
  ['responsible for', 'manage'],
  ['accountable for', 'manage'],
  ['look after', 'manage'],
  ['take care of', 'manage'],
  ['get underway', 'begin'],
  ['under way', 'begin'],
  ['underway', 'begin'],
  // coming to have people at an event, which WordNet files under causing ("bring on"), enclosing ("rope in"),
  // arriving ("land") or pulling ("attract"): "which event brought on / landed / attracted the most sponsors"
  // putting on an event, which WordNet files under making ("put on", "lay on")
  ['put on', 'stage'],
  ['lay on', 'stage'],
  ['bring on', 'have'],
  ['rope in', 'have'],
  ['land', 'have'],
  ['attract', 'have'],
  // occurring at a time ("Christmas falls on a Monday", "events that fall in H1"), a sense WordNet ranks past those
  // searched; a season word "fall" is read as the season first where the grammar makes it a noun (`parse/periods.ts`)
  ['fall', 'happen'],
  // being formally joined to something, which WordNet files under keeping company ("consort"): "X-affiliated firms"
  ['affiliate', 'link'],
  // ... and its synonym, filed there too ("companies associated with X", "the companies associated")
  ['associate', 'link'],
  // working together, which WordNet has only in "collaborate" (its "work" is labour, its "team up" grouping)
  ['work with', 'collaborate'],
  // "partner" is a relation of companies to events; with another company ("partnering with Dyson") it is working
  // together, which WordNet files under supplying
  ['partner with', 'collaborate'],
  ['team up with', 'collaborate'],
  ['do business with', 'collaborate'],
  // occupying a length ("the expo stretches over five days"), a sense WordNet files under "be" (its "stretch along")
  ['stretch', 'extend'],
  ['stretch out', 'extend'],
  // being the financial backer of something, WordNet's fifth sense of "back" (under "finance"), past those searched
  ['back', 'fund'],
  // giving a public what it wants, which WordNet files under supplying ("cater, provide, supply"): "shows that cater to
  // the construction sector" say whom the shows are for, their theme
  ['cater to', 'devote'],
  ['cater for', 'devote'],
];

/**
 * WordNet's lexicographer files of verbs of handing over, getting, showing, telling or making: possession (40:
 * "provide", "supply", "share", "compile"), communication (32: "deliver"), perception (39: "show"), contact (35:
 * "grab", "dig"), motion (38: "send", "fetch"), creation (36: "produce"). A verb of one of these in the imperative,
 * with an object after it, is the request for that object (`parse/requestVerbs.ts`); verbs of thinking, changing or
 * being ("ignore", "exclude", "keep") are never read so.
 */
export const REQUEST_VERB_FILES: ReadonlySet<number> = new Set([32, 35, 36, 38, 39, 40]);
/**
 * WordNet's file of verbs of cognition (31: "identify", "determine", "figure out", "work out"): a request only
 * before a question word ("determine which companies ...", "figure out who ...") or an object, and never a verb of
 * belief said as a hedge ("think", "guess": `HEDGE_WORDS`).
 */
export const FINDING_OUT_VERB_FILE = 31;
/** How many of a verb's most usual senses are looked at for `REQUEST_VERB_FILES`. */
export const REQUEST_VERB_SENSES = 2;
