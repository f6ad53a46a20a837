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
