/** Verbs that ask to change the data; refused before anything runs. */
export const MODIFICATION_VERBS: readonly string[] = [
  'delete',
  'remove',
  'drop',
  'truncate',
  'update',
  'insert',
  'alter',
  'rename',
  'modify',
  'erase',
  'wipe',
  'purge',
  'overwrite',
  'upsert',
  'edit',
  'change',
  'replace',
  'clear',
  'destroy',
  'reset',
  'merge',
  'grant',
  'revoke',
  'fix',
  'correct',
  'amend',
  'upload',
  'import',
  'cancel',
  'mark',
  'move',
];

/** Verbs that change data only when their object is a new record ("add a company", "create a table"). */
export const CREATION_VERBS: readonly string[] = [
  'add',
  'enter',
  'create',
  'set',
  'make',
  'put',
  'save',
  'store',
  'register',
  'assign',
  'tag',
];

/** Words after a creation verb that start a change of existing rows when a "to"/"as" follows ("set the country of all events to X"). */
export const ASSIGNMENT_LEADS: readonly string[] = [
  'the',
  'all',
  'every',
  'each',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  // "add my company Acme as a sponsor of X": the speaker's own thing given a role in the data
  'my',
  'our',
];

/**
 * Words after a creation verb's object that place it in the data ("add acme corp AS a sponsor", "put X INTO the
 * list"): followed by a role or a store of the data, the verb asks for a change whatever its object is.
 */
export const PLACING_WORDS: readonly string[] = ['as', 'to', 'into', 'onto', 'on'];

/**
 * Nouns of an answer's form: made "of" something ("make a LIST of the sponsors", "create a SUMMARY of events in
 * 2025"), a creation verb asks for that answer, no new record.
 */
export const ANSWER_FORM_NOUNS: readonly string[] = [
  'list',
  'lists',
  'summary',
  'overview',
  'breakdown',
  'rundown',
  'count',
  'tally',
  'table',
  'report',
  'shortlist',
];

/** Nouns of a store of rows an object may be placed in ("add X to the list", "... to our crm"). */
export const STORE_NOUNS: readonly string[] = [
  'list',
  'lists',
  'database',
  'db',
  'data',
  'dataset',
  'records',
  'table',
  'crm',
  'sheet',
  'spreadsheet',
];

/** Objects that confirm a creation verb is a data change. */
export const CREATION_OBJECTS: readonly string[] = [
  'new',
  'a',
  'an',
  'record',
  'records',
  'row',
  'rows',
  'entry',
  'entries',
  'table',
  'column',
  'database',
  'db',
  'index',
];

/** Words that open a request before its verb ("please", "can you"). */
export const REQUEST_OPENERS: readonly string[] = [
  'please',
  // typed shorthand: "pls change the venue", "can u add ..."
  'pls',
  'plz',
  'u',
  'ya',
  'hi',
  'hello',
  'can',
  'could',
  'would',
  'will',
  'you',
  'i',
  'we',
  'want',
  'need',
  'to',
  'go',
  'ahead',
  'and',
  'kindly',
  'let',
  'lets',
  'us',
  'just',
  'now',
  'also',
  'then',
  'hey',
  'ok',
  'okay',
  'id',
  'like',
  'd',
  // "would you mind updating ...", "mind renaming ..."
  'mind',
];

/** Topics outside the data, refused whatever else the question mentions ("Google's stock price"). */
export const OUT_OF_SCOPE_WORDS: readonly string[] = [
  'weather',
  'forecast',
  'temperature',
  'rain',
  'raining',
  'sunny',
  'stock price',
  'stock prices',
  'share price',
  'share prices',
  'stock market',
  'bitcoin price',
  'crypto price',
  'exchange rate',
  'joke',
  'jokes',
  'poem',
  'recipe',
  'recipes',
  'horoscope',
  'lottery',
  'meaning of life',
  'write code',
  'homework',
  'essay',
];

/** Topics outside the data, refused only when the question names nothing in the data ("who won the football match"). */
export const WEAK_OUT_OF_SCOPE_WORDS: readonly string[] = [
  'stocks',
  'bitcoin',
  'translate',
  'translation',
  'football',
  'soccer',
  'cricket',
  'nba',
  'movie',
  'movies',
  'song',
  'songs',
  'capital of',
  'president of the united states',
  'prime minister',
  'election',
  'elections',
  'news',
  'headlines',
  'traffic',
  'flight status',
  'time is it',
  'what time',
  'population of',
  'write a',
  'dinner',
  'restaurant',
  'restaurants',
  'hotel booking',
  'book a',
  'won',
  'win',
  'score',
];

/** Verbs asking for an action outside the data ("send an e-mail to the sponsors", "call them"); refused with nothing run. */
export const ACTION_VERBS: readonly string[] = [
  'send',
  'email',
  'mail',
  'call',
  'phone',
  'ring',
  'text',
  'message',
  'invite',
  'notify',
  'contact',
  'book',
  'schedule',
  'tweet',
  'reach',
];

/**
 * Verbs that give the speaker something ("send me the e-mails of X", "pls send emails 4 everyone at X"): a request
 * for data when their object is data and no recipient other than the speaker follows ("send emails to everyone at
 * X" is an action, refused).
 */
export const GIVING_VERBS: readonly string[] = ['send', 'forward', 'mail', 'shoot', 'drop'];

/** Nouns of data a giving verb may hand over. */
export const GIVEN_DATA_NOUNS: readonly string[] = [
  'email',
  'emails',
  'mail',
  'mails',
  'addresses',
  'address',
  'contacts',
  'list',
  'lists',
  'names',
  'details',
  'info',
  'information',
  'numbers',
  'titles',
];

/** Objects that confirm an action verb is an imperative ("email all the sponsors", not "email addresses of ..."). */
export const ACTION_OBJECTS: readonly string[] = [
  'a',
  'an',
  'the',
  'all',
  'them',
  'everyone',
  'everybody',
  'every',
  'each',
  'these',
  'those',
  'this',
  'that',
  'my',
  'our',
  'him',
  'her',
  'me',
  'us',
  'invitations',
  'invites',
  'emails',
  'messages',
  'out',
];

/**
 * WordNet verb synsets of giving a row a label, a mark, a rank or a post (each named by its words, and its
 * lexicographer file where the words alone name several synsets; `senseFile`: the verb's own sense must be of that
 * file): a verb one of whose usual senses is one of these or
 * sits right under one ("flag": provide with a flag, under "mark"; "bump": demote, under "delegate, designate"; "upgrade":
 * rate higher, under "rate, rank"; "tag", "label"), said as an imperative of rows of the data followed by "as" / "to"
 * and a new value ("flag all X contacts as do-not-contact", "bump X to tier 1"), asks to change the data
 * (`text/labellingVerbs.ts`, `parse/detectRefusal.ts`).
 */
export const LABELLING_VERB_ANCHORS: readonly { words: readonly string[]; lexFile?: number; senseFile?: number }[] = [
  // "attach a tag or label to" (tag, label, mark)
  { words: ['tag', 'label', 'mark'] },
  // "assign a name or title to" (label, rename, call)
  { words: ['designate', 'denominate'] },
  // "make or leave a mark on" (flag, star, asterisk), under "change": from a sense of changing only ("describe" as
  // drawing lines is a verb of contact under it)
  { words: ['mark'], lexFile: 30, senseFile: 30 },
  // "put a check mark on or next to" (tick, check off)
  { words: ['check', 'check off', 'mark', 'mark off', 'tick off', 'tick'] },
  // "give an assignment to a post" (assign, promote, demote, bump, reassign)
  { words: ['delegate', 'designate', 'depute', 'assign'] },
  // "assign a rank or rating to" (rate, rank, upgrade, downgrade, prioritize)
  { words: ['rate', 'rank', 'range', 'order', 'grade', 'place'] },
  // "assign to a class or kind" (classify)
  { words: ['relegate', 'classify'] },
];

/** How many of a verb's most usual senses, and how many hypernym levels above each, are searched for an anchor. */
export const LABELLING_VERB_SENSES = 4;
export const LABELLING_VERB_DEPTH = 1;

/**
 * What may follow "as" without being a new value: "as per", "as well", "as of", "as soon as" ... ("rank them as per
 * revenue" orders the answer; "tag along as well" changes nothing).
 */
export const AS_NON_VALUES: ReadonlySet<string> = new Set([
  'per',
  'well',
  'of',
  'soon',
  'far',
  'long',
  'much',
  'many',
  'if',
  'though',
  'usual',
  'before',
]);

/** Forms an answer is given in ("rank them as a table", "tag them as csv"): after "as" they shape the answer, no value. */
export const ANSWER_FORMATS: readonly string[] = ['csv', 'excel', 'pdf', 'json', 'chart', 'graph', 'bullets', 'text'];

/**
 * WordNet verb synsets of taking rows out of the data or putting it in order (each named by its words and
 * lexicographer file): "get rid of, remove" (dispose of: "discard", "dump", "scrap", "trash" sit under it),
 * "eliminate, get rid of, do away with", "tidy, tidy up, clean up, neaten, straighten out" and "clean, make clean".
 * A verb (a phrasal one first: "get rid of", "clean up") one of whose most usual senses is or sits near one of these,
 * said as the imperative of a clause with an object ("pls get rid of the contacts who ...", "mind cleaning up the
 * dupes?"), asks to change the data (`text/changeVerbs.ts`, `parse/detectRefusal.ts`). `removes`: the verb takes rows
 * away, which in a later clause may edit the answer instead ("..., get rid of the ones in japan").
 */
export const CHANGE_VERB_ANCHORS: readonly { words: readonly string[]; lexFile: number; removes: boolean }[] = [
  { words: ['get rid of', 'remove'], lexFile: 40, removes: true },
  { words: ['extinguish', 'eliminate', 'get rid of', 'do away with'], lexFile: 30, removes: true },
  {
    words: ['tidy', 'tidy up', 'clean up', 'neaten', 'straighten', 'straighten out', 'square away'],
    lexFile: 30,
    removes: false,
  },
  { words: ['clean', 'make clean'], lexFile: 35, removes: false },
];

/** How many of a verb's most usual senses, and hypernym levels above each, are searched for a change anchor. */
export const CHANGE_VERB_SENSES = 2;
export const CHANGE_VERB_DEPTH = 2;
/**
 * WordNet's lexicographer files a change verb's own sense must be of: change (30), contact (35), possession (40). A
 * verb of thinking (31: "exclude", "leave out": prevent from being considered) leaves rows out of an answer, never
 * out of the data.
 */
export const CHANGE_VERB_FILES: ReadonlySet<number> = new Set([30, 35, 40]);

/**
 * The WordNet synset of giving something a name ("name, call, know as, be known as": "call X Y", "dub"): a verb whose
 * most usual sense is it or sits right under it, followed by an old name, a new one and a store of the data ("call
 * 'Acme Holdings' Acme in the table") or "instead", asks to rename a row. A verb one of whose usual senses is naming
 * things individually ("name, identify"; "list, name") asks to be told the names ("name the sponsors in the data").
 */
export const NAMING_VERB_ANCHOR: readonly string[] = ['name', 'call', 'know as', 'be known as'];
export const NAMING_LISTING_ANCHORS: readonly (readonly string[])[] = [
  ['name', 'identify'],
  ['list', 'name'],
];

/**
 * The WordNet synset of a text having a wording ("read, say": "the passage reads as follows", lexicographer file 42):
 * said of a field of the data with a wish ("it'd be great if the end date said 28 july", "the venue should read
 * Suntec", "can the name say Acme instead"), it asks for the data to be changed to the value after it.
 */
export const WORDING_VERB_ANCHOR: { words: readonly string[]; lexFile: number } = {
  words: ['read', 'say'],
  lexFile: 42,
};

/**
 * Words that make a clause a wish about how things should be, not a report of how they are: modals of obligation or
 * ability ("should read", "can it say"), "instead" (a value in place of the one held) and, after "be" and an
 * adjective, "if" ("it'd be great if X said Y").
 */
export const WISH_MODALS: ReadonlySet<string> = new Set(['should', 'shall', 'must', 'ought', 'can', 'could']);
export const WISH_INSTEAD = 'instead';
/** Words of the question or relative clause before a wording verb: "which events say AI" is asked, not wished. */
export const WORDING_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what',
  'which',
  'who',
  'whose',
  'where',
  'when',
  'how',
  'that',
  'does',
  'do',
  'did',
]);
