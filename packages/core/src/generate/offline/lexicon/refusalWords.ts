/** Verbs that ask to change the data; refused before anything runs. */
export const MODIFICATION_VERBS: readonly string[] = [
  'delete', 'remove', 'drop', 'truncate', 'update', 'insert', 'alter', 'rename', 'modify', 'erase', 'wipe', 'purge',
  'overwrite', 'upsert', 'edit', 'change', 'replace', 'clear', 'destroy', 'reset', 'merge', 'grant', 'revoke',
];

/** Verbs that change data only when their object is a new record ("add a company", "create a table"). */
export const CREATION_VERBS: readonly string[] = ['add', 'create', 'set', 'make', 'put', 'save', 'store', 'register', 'mark', 'assign', 'move'];

/** Words after a creation verb that start a change of existing rows when a "to"/"as" follows ("set the country of all events to X"). */
export const ASSIGNMENT_LEADS: readonly string[] = ['the', 'all', 'every', 'each', 'their', 'its', 'this', 'that', 'these', 'those'];

/** Objects that confirm a creation verb is a data change. */
export const CREATION_OBJECTS: readonly string[] = ['new', 'a', 'an', 'record', 'records', 'row', 'rows', 'entry', 'entries', 'table', 'column', 'database', 'db', 'index'];

/** Words that open a request before its verb ("please", "can you"). */
export const REQUEST_OPENERS: readonly string[] = [
  'please', 'can', 'could', 'would', 'will', 'you', 'i', 'we', 'want', 'need', 'to', 'go', 'ahead', 'and', 'kindly', 'let', 'lets',
  'us', 'just', 'now', 'also', 'then', 'hey', 'ok', 'okay', 'id', 'like', 'd',
];

/** Topics outside the data, refused whatever else the question mentions ("Google's stock price"). */
export const OUT_OF_SCOPE_WORDS: readonly string[] = [
  'weather', 'forecast', 'temperature', 'rain', 'raining', 'sunny', 'stock price', 'stock prices', 'share price',
  'share prices', 'stock market', 'bitcoin price', 'crypto price', 'exchange rate', 'joke', 'jokes', 'poem', 'recipe',
  'recipes', 'horoscope', 'lottery', 'meaning of life', 'write code', 'homework', 'essay',
];

/** Topics outside the data, refused only when the question names nothing in the data ("who won the football match"). */
export const WEAK_OUT_OF_SCOPE_WORDS: readonly string[] = [
  'stocks', 'bitcoin', 'translate', 'translation', 'football', 'soccer', 'cricket', 'nba', 'movie', 'movies', 'song',
  'songs', 'capital of', 'president of the united states', 'prime minister', 'election', 'elections', 'news', 'headlines',
  'traffic', 'flight status', 'time is it', 'what time', 'population of', 'write a', 'dinner', 'restaurant',
  'restaurants', 'hotel booking', 'book a', 'won', 'win', 'score', 'tomorrow',
];

/** Verbs asking for an action outside the data ("send an e-mail to the sponsors", "call them"); refused with nothing run. */
export const ACTION_VERBS: readonly string[] = ['send', 'email', 'mail', 'call', 'phone', 'ring', 'text', 'message', 'invite', 'notify', 'contact', 'book', 'schedule', 'tweet'];

/** Objects that confirm an action verb is an imperative ("email all the sponsors", not "email addresses of ..."). */
export const ACTION_OBJECTS: readonly string[] = ['a', 'an', 'the', 'all', 'them', 'everyone', 'everybody', 'every', 'each', 'these', 'those', 'this', 'that', 'my', 'our', 'him', 'her', 'me', 'us', 'invitations', 'invites', 'emails', 'messages', 'out'];
