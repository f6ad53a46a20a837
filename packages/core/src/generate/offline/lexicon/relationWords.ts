import type { Relation } from '../ir/Request';

/** Verbs linking a company to an event; an empty list means any relation ("attending", "taking part"). */
export const RELATION_VERBS: readonly (readonly [string, readonly Relation[]])[] = [
  ['attend', []],
  ['attends', []],
  ['attending', []],
  ['attended', []],
  ['attendance', []],
  ['take part', []],
  ['takes part', []],
  ['taking part', []],
  ['took part', []],
  ['participate', []],
  ['participates', []],
  ['participating', []],
  ['participated', []],
  ['involved', []],
  ['involved in', []],
  // the idiom of joining something ("partners on board", "cos onboard for X"); "on the board" is not it
  ['on board', []],
  ['onboard', []],
  ['present at', []],
  // "going to" an event in every form of the verb ("which firm goes to the most events", "cos that go to X"); its
  // past ("went to", "been to") is having attended it
  ...['go', 'goes', 'going', 'went', 'gone', 'been'].map((verb) => [`${verb} to`, []] as const),
  ['joining', []],
  ['appearing at', []],
  // a light verb with an indefinite object before the event ("cos doing something at X", "firms that do anything at
  // events"): "do" says no more than taking part, in any relation
  ...['do', 'does', 'doing', 'did', 'done']
    .flatMap((verb) => ['something', 'anything', 'stuff'].map((thing) => `${verb} ${thing} at`))
    .map((phrase) => [phrase, []] as const),
  ['linked to', []],
  ['associated with', []],
  ['connected to', []],
  // phrasal verbs of turning up somewhere, in every form, with "at" or stranded after "where" ("where's X showing
  // up", "companies that turned up at Y", "popping up at"): taking part, in any relation
  ...[
    'show',
    'shows',
    'showing',
    'showed',
    'shown',
    'turn',
    'turns',
    'turning',
    'turned',
    'pop',
    'pops',
    'popping',
    'popped',
  ]
    .flatMap((verb) => [`${verb} up at`, `${verb} up`])
    .map((phrase) => [phrase, []] as const),
  // verbs of playing a part before "as" and the relation noun ("banks acting as partners", "firms that serve as
  // sponsors", "companies functioning as exhibitors"): taking part, the relation said by the noun after "as"
  ...['act', 'acts', 'acting', 'acted', 'serve', 'serves', 'serving', 'served', 'function', 'functions', 'functioning']
    .concat(['functioned', 'appear', 'appears', 'appearing', 'appeared', 'figure', 'figures', 'figuring', 'figured'])
    .map((verb) => [`${verb} as`, []] as const),
  ['appears at', []],
  ['appear at', []],
  ['appeared at', []],
  ['present', []],
  ['presence at', []],
  ['represented at', []],
  ['be at', []],
  ['going', []],
  ['sponsoring', ['sponsor']],
  ['sponsored', ['sponsor']],
  ['sponsor', ['sponsor']],
  ['sponsors', ['sponsor']],
  ['exhibiting', ['exhibitor']],
  ['exhibit', ['exhibitor']],
  ['exhibits', ['exhibitor']],
  ['exhibited', ['exhibitor']],
  ['exhibiting at', ['exhibitor']],
  ['speaking', ['speaker']],
  ['speak', ['speaker']],
  ['speaks', ['speaker']],
  ['spoke', ['speaker']],
  ['spoken', ['speaker']],
  ['spoken at', ['speaker']],
  ['talking at', ['speaker']],
  ['presenting', ['speaker']],
  ['presented', ['speaker']],
  ['presented at', ['speaker']],
  ['presents', ['speaker']],
  // the verb as "sponsor": "companies that partner at X", "cos that sponsor and partner"
  ['partner', ['partner']],
  // its third person, read as the verb only where a verb stands ("events Meltwater partners at"; `VERB_OR_NOUN`)
  ['partners', ['partner']],
  ['partnered', ['partner']],
  ['partnering', ['partner']],
  ['partnering with', ['partner']],
  ['partnered with', ['partner']],
  ['partner with', ['partner']],
  ['partners with', ['partner']],
  ['organising', ['organizer']],
  ['organizing', ['organizer']],
  ['organise', ['organizer']],
  ['organize', ['organizer']],
  ['organised', ['organizer']],
  ['organized', ['organizer']],
  ['organises', ['organizer']],
  ['organizes', ['organizer']],
  ['hosts', ['organizer']],
  ['hosting', ['organizer']],
  ['hosted', ['organizer']],
];

/** Verbs linking a person to the company they work at. */
export const EMPLOYMENT_WORDS: readonly string[] = [
  'works at',
  'work at',
  'working at',
  'works for',
  'work for',
  'working for',
  'employed at',
  'employed by',
  'employed',
  'works',
  'work',
  'working',
  'employees of',
  'staff of',
  'staff at',
  'on the payroll of',
];

/**
 * Prepositions after a bare verb of working that make it no employment: the object is a task ("working on an email
 * to a client") or whom one works alongside ("working with a client"), never the employer ("working at / for X").
 */
export const NON_EMPLOYER_PARTICLES: ReadonlySet<string> = new Set([
  'on',
  'with',
  'alongside',
  'towards',
  'toward',
  'through',
]);

/** Words meaning a relation noun/verb that can be read as the verb form ("X sponsors Y"). */
export const VERB_OR_NOUN: ReadonlySet<string> = new Set([
  'sponsor',
  'sponsors',
  'partner',
  'partners',
  'host',
  'hosts',
]);

/**
 * Nouns of the place a company holds at an event under a relation ("a speaker slot", "sponsor and partner roles", "an
 * exhibitor spot"): after a relation noun held by a company, they name the relation itself, never a job title.
 */
export const RELATION_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'role',
  'roles',
  'slot',
  'slots',
  'spot',
  'spots',
  'position',
  'positions',
  'status',
  'capacity',
  'capacities',
  // a place in a line-up or on a floor ("speaker seats", "exhibitor booths", "sponsor places")
  'seat',
  'seats',
  'place',
  'places',
  'berth',
  'berths',
  'booth',
  'booths',
  'stand',
  'stands',
  // one time a company is there in that relation ("speaker appearances", "sponsor engagements")
  'appearance',
  'appearances',
  'engagement',
  'engagements',
]);

/**
 * Nouns of the place an exhibitor takes on an event's floor ("companies that have a booth at X", "firms with a stand"):
 * held by companies with no relation noun before them, they say the exhibitor relation.
 */
export const EXHIBIT_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'booth',
  'booths',
  'stand',
  'stands',
  'stall',
  'stalls',
  'pavilion',
  'pavilions',
]);

/**
 * Nouns of the part of a venue where exhibitors' stands stand ("on the show floor", "in the exhibition hall"): after
 * an exhibitor's place they say where every stand is, no condition of their own.
 */
export const EXHIBIT_FLOOR_NOUNS: ReadonlySet<string> = new Set(['floor', 'floors', 'hall', 'halls']);

/**
 * Verbs and prepositions of holding or supplying, by which a company holds a relation noun ("companies that have a
 * speaker slot", "companies with both sponsor and partner roles", "cos holding exhibitor spots", "companies that both
 * sponsor and provide speakers").
 */
export const HOLDING_WORDS: ReadonlySet<string> = new Set([
  'have',
  'has',
  'had',
  'having',
  'hold',
  'holds',
  'holding',
  'held',
  'with',
  'provide',
  'provides',
  'providing',
  'provided',
  'supply',
  'supplies',
  'supplying',
  'supplied',
  'field',
  'fields',
  'fielding',
  'fielded',
]);

/**
 * "involved in X in any role", "at X in whatever capacity": a free-choice determiner before a noun of the part one plays
 * says the relation is any (`parse/scan/anyRole.ts`). General English, not words of this data set.
 */
export const FREE_CHOICE_DETERMINERS: ReadonlySet<string> = new Set(['any', 'whatever', 'whichever', 'some', 'every']);
/**
 * The determiners of a free choice that leave the noun unrestricted ("hr people, any company", "from any country",
 * `parse/scan/freeChoiceScopes.ts`); "some" and "every" are not among them ("some company" is one, "every" divides).
 */
export const ANY_DETERMINERS: ReadonlySet<string> = new Set(
  [...FREE_CHOICE_DETERMINERS].filter((x) => x !== 'some' && x !== 'every'),
);
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'role',
  'roles',
  'capacity',
  'capacities',
  'way',
  'form',
  'function',
]);

/**
 * "exhibiting, sponsoring or otherwise attending", "speakers or otherwise involved": an adverb saying the last member
 * of a list of relations covers every other way too, so the list is any relation (`parse/scan/relationLists.ts`).
 */
export const OTHERWISE_WORDS: ReadonlySet<string> = new Set(['otherwise']);

/**
 * "speakers somewhere else", "sponsor one event and speak at another", "exhibitors at a different event": words saying
 * the events of a relation are other ones than those of the relation said before (`parse/scan/apartEvents.ts`).
 * "else" says it only after an indefinite place word ("somewhere else"). General English, not words of this data set.
 */
export const OTHERNESS_WORDS: ReadonlySet<string> = new Set(['another', 'other', 'different', 'elsewhere', 'else']);
/** The otherness words that stand alone for "another event" ("speak at another", "exhibit elsewhere"). */
export const SELF_STANDING_OTHERNESS: ReadonlySet<string> = new Set(['another', 'elsewhere']);

/**
 * Verbs (dictionary forms) of coming to hold, or holding, a place at an event: "take / book / rent / reserve / secure
 * a stand", "companies that have taken exhibition space", "who's got a booth". With a place an exhibitor holds as the
 * object they say the exhibitor relation (`parse/scan/participationActs.ts`). General English, not words of the data.
 */
export const TAKING_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'take',
  'book',
  'rent',
  'reserve',
  'secure',
  'buy',
  'purchase',
  'get',
  'grab',
  'lease',
  'hire',
  'have',
  'hold',
  'occupy',
  'run',
  'man',
  'staff',
]);

/**
 * Nouns of an area taken on an event's floor, which say the exhibitor relation only with a modifier naming the floor
 * or the stand ("exhibition space", "floor space", "stand space", "booth area"): bare, "space" may be anything.
 */
export const EXHIBIT_AREA_NOUNS: ReadonlySet<string> = new Set(['space', 'area', 'areas', 'spot', 'spots']);
/** Modifiers that make an area an exhibitor's ("exhibition space", "exhibit area", "floor space", "stand space"). */
export const EXHIBIT_AREA_MODIFIERS: ReadonlySet<string> = new Set([
  'exhibition',
  'exhibit',
  'exhibitor',
  'exhibiting',
  'exhibitors',
  'floor',
  'stand',
  'booth',
  'display',
  'trade',
  'expo',
  'show',
]);

/**
 * Verbs (dictionary forms) of giving something to an audience: "give / deliver / do / present / run / hold / lead /
 * host / chair / moderate a talk". With a talk as the object they say the speaker relation
 * (`parse/scan/participationActs.ts`). General English, not words of the data.
 */
export const GIVING_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'give',
  'deliver',
  'do',
  'present',
  'make',
  'hold',
  'run',
  'lead',
  'host',
  'chair',
  'moderate',
  'headline',
  'join',
]);

/**
 * Nouns (dictionary forms) of what a speaker gives at an event: a talk, a keynote, a presentation, a panel ("giving
 * talks at X", "delivering a keynote", "companies running workshops", "who is on a panel"): the speaker relation.
 */
export const TALK_NOUN_LEMMAS: ReadonlySet<string> = new Set([
  'talk',
  'speech',
  'presentation',
  'keynote',
  'lecture',
  'session',
  'workshop',
  'masterclass',
  'seminar',
  'panel',
  'demo',
  'demonstration',
  'address',
  'fireside',
]);
/** Modifiers of a talk noun ("a keynote speech", "an opening address", "a panel session", "a short talk"). */
export const TALK_MODIFIERS: ReadonlySet<string> = new Set([
  'keynote',
  'opening',
  'closing',
  'main',
  'plenary',
  'panel',
  'short',
  'live',
  'technical',
  'breakout',
  'guest',
  'fireside',
]);

/**
 * Nouns of a place on an event's programme held by its speakers ("on the agenda at X", "on stage at Y", "on a panel
 * at Z"): being on one is the speaker relation (`parse/scan/participantLists.ts`), as the participant lists
 * (`lexicon/participantListWords.ts`: lineup, roster, bill) are taking part in any relation.
 */
export const SPEAKER_PLACE_NOUNS: readonly string[] = ['agenda', 'agendas', 'stage', 'panel', 'panels', 'podium'];

/**
 * Verbs of being shown among an event's participants ("companies featured in the lineup", "firms that feature at X",
 * "who appears on the bill"): before a participant list, a speaker's place or an event, taking part.
 */
export const FEATURING_VERBS: ReadonlySet<string> = new Set([
  'feature',
  'features',
  'featured',
  'featuring',
  'appear',
  'appears',
  'appeared',
  'appearing',
  'figure',
  'figures',
  'figured',
  'figuring',
  'sit',
  'sits',
  'sitting',
  'sat',
  'listed',
  'included',
  'named',
]);
