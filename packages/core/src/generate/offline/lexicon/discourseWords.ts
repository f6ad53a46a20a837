/**
 * Words that talk about the conversation rather than the data: they are accounted for, never content,
 * so a question is not asked back because of them. General English grammar, not words of this data set.
 */

/** Closed-class words (pronouns, contractions, auxiliaries) that never name anything in the data. */
export const CLOSED_CLASS_WORDS: ReadonlySet<string> = new Set([
  'she',
  'he',
  'her',
  'him',
  'his',
  'hers',
  'herself',
  'himself',
  // an emphatic reflexive names the noun it follows again ("siemens itself", "contacts ... themselves based in X")
  'itself',
  'themselves',
  'themself',
  'myself',
  'ourselves',
  'yourself',
  "i'm",
  'im',
  "i've",
  "i'd",
  "i'll",
  "we're",
  "we've",
  "we'd",
  "we'll",
  "you're",
  "you've",
  "she's",
  "he's",
  "it's",
  "that's",
  "there's",
  'got',
  'gotten',
  'am',
  'gotta',
  'gonna',
  'wanna',
]);

/** Hedges: how sure the speaker is ("she's at Amadeus I think"), not what is asked. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'think',
  'guess',
  'believe',
  'suppose',
  'reckon',
  'maybe',
  'perhaps',
  'probably',
  'hopefully',
  'presumably',
  'apparently',
]);

/**
 * Verbs of the speaker's belief or memory that open a remark beside the ask ("i think they make sensors", "i heard
 * they are expanding"), with the hedges above that are verbs.
 */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'think',
  'believe',
  'guess',
  'reckon',
  'suppose',
  'assume',
  'imagine',
  'heard',
  'hear',
  'remember',
  'recall',
  'feel',
]);

/**
 * Words of the speaker not knowing, after a negation or alone ("not sure what titles they use", "no idea how the email
 * thing works", "dunno if they still exist").
 */
export const UNSURE_WORDS: ReadonlySet<string> = new Set(['sure', 'unsure', 'certain', 'idea', 'know', 'idk', 'dunno']);

/**
 * Words that open the finite clause a belief is about ("... they make sensors", "... there is a few"); "its" is "it's"
 * typed without its apostrophe ("i think its mostly banks"), or a possessive that opens a clause all the same ("i
 * think its name changed").
 */
export const REMARK_SUBJECTS: ReadonlySet<string> = new Set([
  'they',
  'it',
  'its',
  'there',
  'he',
  'she',
  'these',
  'those',
  'that',
  'what',
  'how',
  'who',
  'which',
  'if',
  'whether',
  'where',
  'when',
  'why',
]);

/**
 * Verbs of wanting, needing, trying or planning that open a remark of the speaker's typed without its subject ("need
 * to plan travel", "thinking of going to a couple", "trying to size a campaign"), by lemma, before one of
 * {@link REMARK_VERB_LINKS}. General English.
 */
export const REMARK_VERBS: ReadonlySet<string> = new Set([
  'need',
  'want',
  'wanna',
  'gotta',
  'hope',
  'plan',
  'try',
  'intend',
  'aim',
  'think',
  'look',
]);

/** Words after such a verb that open what the speaker wants or plans ("need to ...", "thinking of ..."). */
export const REMARK_VERB_LINKS: ReadonlySet<string> = new Set(['to', 'of', 'about', 'on', 'for']);

/**
 * Pronouns of quantity after "a" with no noun after them ("going to a couple", "pick a few"): as many of the rows
 * asked about, no number of their own in a remark.
 */
export const QUANTITY_PRONOUNS: ReadonlySet<string> = new Set(['couple', 'few', 'handful', 'bunch', 'lot']);

/**
 * General nouns heading a name typed loosely ("the digital marketing world forum asia thing"): after a name they name
 * it again, never a value of their own.
 */
export const NAME_HEAD_NOUNS: ReadonlySet<string> = new Set(['thing', 'things', 'one']);

/**
 * Verbs of fitting a description ("who fits?", "which ones qualify?", "anyone match?"): with no object after them in
 * a question of their own, they ask for the members of the set described before, no condition of their own.
 */
export const FITTING_VERBS: ReadonlySet<string> = new Set(['fit', 'qualify', 'match', 'suit']);

/** Subjects that make a clause about the speaker or the listener ("I want to start prospecting there"). */
export const SPEAKER_WORDS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  'im',
  "i've",
  "i'd",
  "i'll",
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
]);

/** Object and possessive forms of the speaker ("my boss asked me to ...", "for our meeting"). */
export const SPEAKER_OBJECT_WORDS: ReadonlySet<string> = new Set(['me', 'my', 'us', 'our']);

/** The speaker's possessives: what follows is the speaker's own thing ("for my deck", "our board review"). */
export const SPEAKER_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);

/**
 * Conjunctions opening a clause of the speaker's reason ("... since that's where our office is", "... because we sell
 * to hotels", "cuz my team is there"). "as" is left out (a comparison, a role), as is "cos" (companies).
 */
export const REASON_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'since',
  'because',
  'cause',
  'cuz',
  'coz',
  'bc',
  'bcoz',
]);

/** Present forms of "be": a reason's "since" takes one ("since we're based there"); "since we launched" is a time. */
export const PRESENT_BE_FORMS: ReadonlySet<string> = new Set(['am', 'm', 'is', 's', 'are', 're']);

/** The listener as a subject ("hope you're well", "could you help me out?"). */
export const LISTENER_WORDS: ReadonlySet<string> = new Set(['you', 'u']);

/** Relative pronouns: "companies that signed up". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'who', 'which']);

/** Words that open a clause of purpose at its start ("to prep for the meeting, ...", "for a campaign I run, ..."). */
export const PURPOSE_MARKERS: ReadonlySet<string> = new Set(['to', 'for']);

/**
 * Nouns by which a user names the data itself ("in our db", "on our calendar", "on file"): they add no
 * condition when they follow one of {@link DATA_SELF_LEADS}.
 */
export const DATA_SELF_WORDS: ReadonlySet<string> = new Set([
  'db',
  'database',
  'databases',
  'data',
  'dataset',
  'system',
  'crm',
  'calendar',
  'calender',
  'records',
  'file',
  'files',
  'books',
  'spreadsheet',
  'sheet',
  'list',
  'lists',
]);
export const DATA_SELF_LEADS: ReadonlySet<string> = new Set(['our', 'the', 'your', 'my', 'this', 'in', 'on']);

/**
 * Prepositions of source before the data's own words ("according to the data", "as per our records", "per your
 * db"): where the answer comes from, no condition. Each is its words in order.
 */
export const DATA_SOURCE_PREPOSITIONS: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['as', 'per'],
  ['per'],
  ['going', 'by'],
  ['based', 'on'],
];

/**
 * Indefinite place adverbs before the data itself ("anywhere in the data", "everywhere in our db"): the whole data is
 * the scope, no place (the data's own words after {@link DATA_SELF_LEADS} say so already).
 */
export const DATA_SCOPE_ADVERBS: ReadonlySet<string> = new Set(['anywhere', 'everywhere', 'somewhere', 'wherever']);

/**
 * The words that make a clause a politeness formula: greetings, thanks, sign-offs, apologies, well-wishing and
 * texting laughter ("good morning team", "thanks a ton", "kind regards", "sorry to bother you again lol",
 * "hope you're well"). A clause with one of these, made only of formula words, their companions below,
 * closed-class words and the speaker's activity, is said to the listener, not asked of the data.
 */
export const POLITENESS_WORDS: ReadonlySet<string> = new Set([
  'hi',
  'hiya',
  'hello',
  'hey',
  'heya',
  'yo',
  'howdy',
  'greetings',
  'dear',
  'morning',
  'afternoon',
  'evening',
  'thanks',
  'thank',
  'thx',
  'ty',
  'ta',
  'cheers',
  'appreciated',
  'appreciate',
  'grateful',
  'advance',
  'regards',
  'wishes',
  'sincerely',
  'warmly',
  'kindly',
  'rgds',
  'sorry',
  'apologies',
  'apologise',
  'apologize',
  'bother',
  'bug',
  'rush',
  // a request announced as a favour ("quick favour:")
  'favour',
  'favor',
  'hope',
  'hoping',
  'lol',
  'haha',
  'hehe',
  'lmao',
  'xx',
  'xo',
]);

/**
 * Formulas of several words that announce or frame a message ("heads up, ...", "just so you know", "for the record",
 * "fair warning"): said to the listener wherever they stand, though a word of them alone may be read as data ("heads"
 * is a seniority, "record" a row).
 */
export const FORMULA_PHRASES: readonly (readonly string[])[] = [
  ['heads', 'up'],
  ['just', 'so', 'you', 'know'],
  ['for', 'the', 'record'],
  ['fair', 'warning'],
  ['no', 'pressure'],
  ['no', 'worries'],
];

/**
 * Words that keep a politeness formula company ("good", "team", "a ton", "many", "your week", "best"): read as
 * politeness only inside a clause that has a formula word, since alone they may ask something ("this week").
 */
export const POLITENESS_COMPANIONS: ReadonlySet<string> = new Set([
  'team',
  'all',
  'everyone',
  'guys',
  'folks',
  'gals',
  'there',
  'much',
  'many',
  'ton',
  'tons',
  'heaps',
  'lot',
  'lots',
  'bunch',
  'million',
  'again',
  'help',
  'best',
  'kind',
  'late',
  'well',
  'good',
  'great',
  'nice',
  'lovely',
  'fine',
  'happy',
  'week',
  'weekend',
  'day',
]);

/** Sign-off words after which a short capitalised clause is the writer's name ("Regards, Sam"). */
export const SIGN_OFF_WORDS: ReadonlySet<string> = new Set([
  'regards',
  'cheers',
  'thanks',
  'best',
  'wishes',
  'sincerely',
  'warmly',
  'rgds',
  'ta',
]);

/**
 * Verbs with which a speaker asks for data ("we're looking for events", "I need sponsors", "I'd like to know"): a
 * clause about the speaker with one of these before a word naming data is the ask, not the speaker's background.
 * By lemma; "look" counts with "for" / "into" / "at" after it.
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'want',
  'need',
  'seek',
  'search',
  'require',
  'wonder',
  'like',
  'love',
  'know',
  'find',
  'get',
  'see',
  'show',
  'list',
  'give',
  'tell',
  'pull',
  'target',
  'interested',
  'curious',
]);

/**
 * Prepositions after which a question word opens a free relative, a noun clause that is the preposition's object
 * ("a deck on what we have for X", "notes about who is going"): no question of the message.
 */
export const FREE_RELATIVE_LEADS: ReadonlySet<string> = new Set([
  'on',
  'about',
  'of',
  'for',
  'with',
  'into',
  'over',
  'regarding',
  're',
]);

/**
 * Prepositions that open what a speaker's work is about ("a deck on X", "a report about X", "an email regarding X"):
 * the words after them, from the first naming data, are the topic the ask is about, never part of the frame.
 */
export const TOPIC_LEADS: ReadonlySet<string> = new Set(['on', 'about', 'regarding', 're', 'concerning', 'covering']);

/**
 * Words that may open a request before its verb ("please provide ...", "ok so grab me ...", "and also send ..."):
 * politeness and joining words, which say nothing of the data (`parse/requestVerbs.ts`).
 */
export const REQUEST_OPENERS: ReadonlySet<string> = new Set([
  'please',
  'kindly',
  'and',
  'so',
  'ok',
  'okay',
  'now',
  'also',
  'just',
  'then',
  'quickly',
]);

/** Verbs by which the speaker asks to be helped to a request ("help me find ...", "let us see ..."), before a recipient. */
export const REQUEST_CAUSATIVES: ReadonlySet<string> = new Set(['help', 'let']);

/** Modals that ask the listener to do something ("can you", "could u", "would you please"). */
export const REQUEST_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will']);

/**
 * Verbs asked of the listener whose object is the request itself, as a gerund ("would you MIND pulling ...", "do you
 * mind listing ...", "mind grabbing ..."): asking whether the listener objects, not what the data holds.
 */
export const REQUEST_GERUND_FRAMES: ReadonlySet<string> = new Set(['mind']);

/**
 * The verbs of a favour asked before the request and joined to it by "and" ("BE a star and grab ...", "could you BE
 * an angel and pull ...", "DO me a favour and list ..."), or by "as to" ("BE so kind as to send ..."): their clause
 * describes the listener or the asking, never the data.
 */
export const FAVOUR_VERBS: ReadonlySet<string> = new Set(['be', 'do']);

/**
 * Words that open the object of a request verb ("provide THE emails", "compile A list", "pull ALL sponsors"):
 * determiners and possessives. A number opens one too ("grab 10 companies").
 */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'all',
  'every',
  'each',
  'any',
  'some',
  'their',
  'those',
  'these',
  'this',
  'that',
  'our',
  'my',
  'your',
]);

/**
 * Particles of a phrasal request verb ("dig up", "pull together", "round up", "send over"): part of the verb.
 */
export const REQUEST_PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'together', 'over', 'down', 'back']);

/** Words that open a question ("which events ...", "who sponsors ...", "how many ..."). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'which',
  'what',
  'who',
  'whom',
  'whose',
  'how',
  'where',
  'when',
]);

/**
 * Words that open a follow-up naming only a new value ("what about 2025?", "and march?", "how about in Q1", "same
 * but for 2023", "ok now 2025"): what follows them is the value that replaces the earlier one of its kind.
 */
export const FOLLOW_UP_OPENERS: ReadonlySet<string> = new Set([
  'what',
  'how',
  'about',
  'and',
  'same',
  'but',
  'for',
  'or',
  'now',
  'then',
  'ok',
  'okay',
  'so',
  'also',
]);

/**
 * A third person as a subject right after the speaker's clause ("... a deck for my boss and he wants to see ..."):
 * someone of the speaker's own (a boss, a client), not the data ("they" is left out: it is as often the rows).
 */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', "he's", "she's"]);

/**
 * Phrases that restate the previous request as a follow-up's base ("same thing for X", "ditto for X", "the same
 * but ...", "likewise for X"): the earlier request with what follows replacing its value of a kind, as "what about"
 * does.
 */
/**
 * Nouns of a set of rows after "that" / "this" ("the avg revenue of that group", "this lot", "that shortlist"): the
 * earlier answer's set, as "those" is.
 */
export const EARLIER_SET_NOUNS: readonly string[] = [
  'list',
  'group',
  'set',
  'lot',
  'bunch',
  'batch',
  'selection',
  'shortlist',
  'sample',
  'cohort',
];

/** Words of asking for a thing again, before "the same" ("can you do the same for X", "pls run the same for Y"). */
export const REPEAT_REQUEST_WORDS: readonly string[] = ['do', 'run', 'please', 'pls', 'can', 'could', 'you', 'u'];

/** Nouns of the earlier answer itself after "the same" ("the same figure for X", "same breakdown for partners"). */
export const ANSWER_NOUNS: readonly string[] = [
  'figure',
  'figures',
  'number',
  'numbers',
  'count',
  'list',
  'breakdown',
  'query',
  'answer',
  'stats',
  'info',
  'data',
  'ranking',
];

export const SAME_AGAIN_PHRASES: readonly string[] = [
  'the same thing',
  'same thing',
  ...ANSWER_NOUNS.flatMap((x) => [`the same ${x}`, `same ${x}`]),
  'the same',
  'same again',
  'same deal',
  'same question',
  'same',
  'ditto',
  'likewise',
];

/**
 * Refinement words of a follow-up that swap a value of the earlier request ("what about marketing?", "same but
 * partners"): the value after them replaces the one of its kind, and a word that is a noun or a verb ("partners")
 * is the noun there, as after a determiner.
 */
export const REPLACING_WORDS: ReadonlySet<string> = new Set([
  'what about',
  'how about',
  'instead',
  ...SAME_AGAIN_PHRASES,
]);

/**
 * Words of an estimate the speaker accepts ("ballpark is fine", "a rough number is ok", "approx is fine"): a manner
 * of answering, never a price or a condition (the answer stays exact).
 */
export const ESTIMATE_WORDS: ReadonlySet<string> = new Set([
  'ballpark',
  'rough',
  'roughly',
  'approx',
  'approximate',
  'approximately',
  'approximation',
  'estimate',
  'estimated',
  'guess',
  'figure',
  'number',
  'count',
  'total',
]);

/**
 * Words of how exact the answer should be ("roughly? well exactly would be better", "a precise count is best"): a
 * manner of answering (the answer is exact), never a condition.
 */
export const PRECISION_WORDS: ReadonlySet<string> = new Set([
  'exact',
  'exactly',
  'precise',
  'precisely',
  'accurate',
  'accurately',
  'well',
  'actually',
  'even',
  'much',
  'way',
]);

/**
 * Gerunds that open a stated manner of computing the answer ("using the lower end of each size band is fine",
 * "counting each company once is ok", "rounding is fine"): how, not what.
 */
export const MANNER_GERUNDS: ReadonlySet<string> = new Set([
  'using',
  'taking',
  'counting',
  'rounding',
  'assuming',
  'estimating',
  'going',
]);

/** Pronouns between "narrow" and "down" ("narrow it down to VPs", "narrow them down"): the earlier set. */
export const NARROWING_OBJECTS: readonly string[] = ['it', 'that', 'this', 'them', 'those', 'these', 'the list'];

/** Words that join a next turn to a question typed in the same message ("..., and who sponsors them?"). */
export const TURN_JOINS: ReadonlySet<string> = new Set(['and', 'then', 'plus', 'also']);

/** Pronouns that point back at an earlier clause ("... which of them sponsor X?"): that clause is then the ask. */
export const ANAPHORS: ReadonlySet<string> = new Set(['them', 'those', 'these', 'they', 'their', 'such']);

/**
 * Determiners that point a domain noun back at one said before ("in that sector", "this industry", "the same
 * space"): with a noun of a domain, the ask is about the topic said earlier.
 */
export const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['that', 'this', 'same']);

/**
 * Indefinite words a hedge after "or" opens with ("or something", "or whatever they're called", "or so"), and the
 * words that may go on to close its clause ("... like that", "... it is called", "... they call them", "... they're
 * named"): pronouns, forms of "be", verbs of naming. With nothing else in the clause, the hedge says the value before
 * it is uncertain, never another value (`parse/scan/hedgedNames.ts`).
 */
export const HEDGE_OPENERS: ReadonlySet<string> = new Set(['something', 'whatever', 'summat', 'smth', 'sth']);
export const HEDGE_TAIL_WORDS: ReadonlySet<string> = new Set([
  'like',
  'that',
  'this',
  'similar',
  'along',
  'those',
  'lines',
  'the',
  'it',
  'its',
  "it's",
  'they',
  "they're",
  'theyre',
  'them',
  'he',
  'she',
  'we',
  'you',
  'is',
  'are',
  'be',
  'was',
  'were',
  'may',
  'might',
  'call',
  'calls',
  'called',
  'name',
  'names',
  'named',
  'known',
  'as',
  'else',
  'exactly',
  'officially',
]);

/**
 * Words closing a name typed from memory ("osea or something", "the AHICE thing or whatever it's called"): after "or"
 * right after a name, they say the name is uncertain, never another value (`parse/scan/hedgedNames.ts`).
 */
export const NAME_HEDGES: readonly string[] = [
  'something',
  'something like that',
  'whatever',
  'whatever it is called',
  'whatever its called',
  'whatever it is',
  'whatever the name is',
];

/**
 * General extenders closing a list or a clause ("food fairs, chef congresses, that sort of thing", "fintech events
 * and stuff like that", "banks, insurers and the like"): they say "and others of the kind", naming nothing of the
 * data; their "thing" / "stuff" is no theme, industry or noun of rows. General English.
 */
export const GENERAL_EXTENDERS: readonly string[] = [
  'that sort of thing',
  'that sort of stuff',
  'that kind of thing',
  'that kind of stuff',
  'that type of thing',
  'those sorts of things',
  'those kinds of things',
  'this sort of thing',
  'this kind of thing',
  'and that sort of thing',
  'and that kind of thing',
  'or that sort of thing',
  'or that kind of thing',
  'things like that',
  'stuff like that',
  'and stuff like that',
  'and things like that',
  'or stuff like that',
  'or things like that',
  'and stuff',
  'and things',
  'and the like',
  'or the like',
  'and so on',
  'and so forth',
  'and all that',
];

/**
 * Markers of a restatement: what follows (or, at the end of a clause, what precedes) says again, more precisely,
 * what the speaker asks ("events in asia, i mean singapore", "anything in dubai? events i mean", "sponsors, i.e. the
 * ones from germany"). General English of conversation; read by `parse/restatements.ts`.
 */
export const RESTATEMENT_MARKERS: readonly (readonly string[])[] = [
  ['i', 'mean'],
  ['i', 'meant'],
  ['i.e'],
  ['ie'],
  // the participle and the adverb of saying which ("senior people, meaning directors or VPs", "namely the CTOs")
  ['meaning'],
  ['namely'],
  ['in', 'other', 'words'],
  ['that', 'is', 'to', 'say'],
  ['to', 'be', 'precise'],
  ['to', 'be', 'clear'],
  // a self-correction of one word or phrase ("the sponsors - sorry, exhibitors - at X", "sponsors (err, partners)"):
  // the value after it takes the place of the one of its kind before it; only set off by a break (not the first word)
  ['sorry'],
  ['err'],
  ['erm'],
  ['or', 'rather'],
];

/**
 * Predicates by which the speaker accepts what a clause describes as meeting the request ("anything founded 2015 or
 * later counts", "anyone with director in the title is fine", "any of them over 500 staff would do"): the clause
 * states a condition. Read by `parse/restatements.ts`.
 */
export const ACCEPTING_PREDICATES: readonly (readonly string[])[] = [
  ['counts'],
  ['count'],
  ['qualifies'],
  ['qualify'],
  ['works'],
  ['is', 'fine'],
  ['is', 'ok'],
  ['is', 'okay'],
  ['is', 'good'],
  ['is', 'enough'],
  ['will', 'do'],
  ['would', 'do'],
  ['should', 'do'],
  ['would', 'count'],
  ['should', 'count'],
  ['will', 'count'],
  ['is', 'what', 'i', 'want'],
  ['is', 'all', 'i', 'need'],
  ['is', 'plenty'],
  ['is', 'alright'],
  ['are', 'fine'],
  ['are', 'ok'],
  ['are', 'okay'],
  ['are', 'enough'],
  ['would', 'be', 'fine'],
  ['would', 'be', 'great'],
  ['would', 'be', 'good'],
  ['would', 'work'],
  ['should', 'work'],
];

/**
 * Nouns of the form an answer takes ("a quick list is fine", "rough numbers are ok", "a short table would do"): as the
 * subject of an accepting predicate (`ACCEPTING_PREDICATES`) they say how little the speaker needs, never which rows.
 */
export const ANSWER_FORM_NOUNS: ReadonlySet<string> = new Set([
  'list',
  'lists',
  'table',
  'rundown',
  'summary',
  'overview',
  'answer',
  'answers',
  'estimate',
  'ballpark',
  'figure',
  'figures',
  'number',
  'numbers',
  'count',
  'names',
  'version',
  'csv',
  'spreadsheet',
  'output',
  'format',
]);

/** Words describing such a form ("quick", "short", "rough") or determining it ("a", "just"), before its noun. */
export const ANSWER_FORM_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'just',
  'only',
  'quick',
  'short',
  'rough',
  'simple',
  'basic',
  'brief',
  'partial',
  'plain',
  'approximate',
  'ballpark',
  'raw',
  'bare',
  'messy',
  'unformatted',
  'any',
]);

/** Indefinite words a hedged condition is said of ("anything founded ...", "anyone with ...", "all of the ..."). */
export const INDEFINITE_SUBJECTS: ReadonlySet<string> = new Set([
  'anything',
  'anyone',
  'anybody',
  'any',
  'something',
  'someone',
  'whatever',
  'whoever',
  'whichever',
  'everything',
  'everyone',
  'everybody',
  'all',
  'either',
  'those',
  'they',
]);

/** Words that may close a clause after an accepting predicate ("counts too", "counts as well", "qualifies i guess"). */
export const ACCEPTING_TRAILERS: ReadonlySet<string> = new Set([
  'too',
  'also',
  'as',
  'well',
  'i',
  'guess',
  'think',
  'suppose',
  'pls',
  'please',
  'here',
  'imo',
  'tbh',
  // thanks closing the message ("a quick list is fine thanks")
  'thanks',
  'thank',
  'you',
  'thx',
  'ty',
  'cheers',
]);

/**
 * Prepositions that open a phrase fronted before the question word with no comma ("at airbus how many directors",
 * "in singapore which events ...", "for ahice who are the sponsors"): the phrase is an adjunct of the question that
 * follows, read as the comma'd form is.
 */
export const FRONTED_ADJUNCT_PREPOSITIONS: readonly string[] = [
  'at',
  'in',
  'for',
  'from',
  'among',
  'amongst',
  'across',
  'within',
  'during',
  'of',
  'out of',
];

/**
 * Words acknowledging the earlier answer ("cool", "perfect", "got it"), as they open the next message set off by a
 * clause break ("cool, now the sales people", "perfect! and the speakers?"): an exclamation to the listener, with
 * no subject and no verb, that asks nothing of the data (`text/acknowledgements.ts`). Inside a clause they are
 * qualifiers as any ("any cool events": asked about, `qualifierWords.ts`).
 */
export const ACKNOWLEDGEMENT_WORDS: readonly string[] = [
  'cool',
  'great',
  'perfect',
  'awesome',
  'nice',
  'sweet',
  'brilliant',
  'excellent',
  'lovely',
  'fab',
  'gotcha',
  'got it',
  'noted',
];
