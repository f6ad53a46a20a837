import { ATTRIBUTE_WORDS } from '../lexicon/attributeWords';
import { IMPERATIVE_LEADS } from '../lexicon/imperativeLeads';
import { ENTITY_WORDS } from '../lexicon/entityWords';
import {
  ACTION_OBJECTS,
  ACTION_VERBS,
  ANSWER_FORM_NOUNS,
  ANSWER_FORMATS,
  AS_NON_VALUES,
  ASSIGNMENT_LEADS,
  CREATION_OBJECTS,
  CREATION_VERBS,
  GIVEN_DATA_NOUNS,
  GIVING_VERBS,
  MODIFICATION_VERBS,
  OUT_OF_SCOPE_WORDS,
  PLACING_WORDS,
  STORE_NOUNS,
  WEAK_OUT_OF_SCOPE_WORDS,
  WISH_INSTEAD,
  WISH_MODALS,
  WORDING_QUESTION_WORDS,
} from '../lexicon/refusalWords';
import { changeVerbAt, namingVerb, wordingVerb } from '../text/changeVerbs';
import { POLITENESS_COMPANIONS, POLITENESS_WORDS, QUESTION_WORDS } from '../lexicon/discourseWords';
import { labellingVerb } from '../text/labellingVerbs';
import { isVerb, verbLemma } from '../text/language';
import { detectSpeculation } from './detectSpeculation';
import { tokenize, type Token } from '../text/tokenize';

export interface Refusal {
  code: 'MODIFICATION_REQUEST' | 'OUT_OF_SCOPE';
  message: string;
}

const SQL_WRITE =
  /\b(insert\s+into|delete\s+from|drop\s+(table|database|index|view)|update\s+\w+\s+set|alter\s+table|create\s+(table|index|view)|truncate\s+table|replace\s+into)\b/i;

/**
 * A destroying verb whose object is a table or the database itself, said in words ("drop the people table", "pls
 * truncate the events tables", "wipe the whole database"), wherever it stands in the message ("drop me ..." is
 * left to the giving verbs below).
 */
const SCHEMA_WRITE =
  /\b(drop|truncate|delete|wipe|erase|destroy)\s+(?!(?:me|us)\b)(?:(?:the|a|all|your|our|my|whole|entire)\s+)*(?:[\w-]+\s+){0,2}(tables?|database|db|schema)\b/i;

/**
 * Requests to change the data (an imperative modification verb, or SQL that writes) and questions about
 * something outside the data (weather, stock prices, ...).
 */
export function detectRefusal(question: string, tokens: Token[], namesData = true): Refusal | null {
  if (SQL_WRITE.test(question) || SCHEMA_WRITE.test(question)) {
    return {
      code: 'MODIFICATION_REQUEST',
      message: 'I can only read the data: requests to change it (insert, update, delete, drop) are not carried out.',
    };
  }
  const w = tokens.map((t) => t.norm);
  const i = afterLeads(w);
  // the verb's lemma: "would you mind updating", "renaming X to Y" are the imperative's requests too
  const verb = verbLemma(w[i] ?? '');
  if (givesData(w, i)) return outOfScopeTopic(w, namesData);
  // "putting a guest list together - who at ...?": the speaker narrating what they are doing, the ask elsewhere
  if (narratedActivity(question, w, i))
    return (
      laterClauseChange(question) ??
      renamesRow(w) ??
      wishedWording(question) ??
      detectSpeculation(tokens) ??
      outOfScopeTopic(w, namesData)
    );
  if (MODIFICATION_VERBS.includes(verb) && !(verb === 'drop' && givesData(w, i, true))) {
    return {
      code: 'MODIFICATION_REQUEST',
      message: `I can only read the data; I will not ${verb} anything. Ask me a question about events, companies or people instead.`,
    };
  }
  // "pls get rid of the contacts who are ...", "clean up the dupes": a verb of taking rows away or of tidying by WordNet
  const change = changeVerbAt(w, i);
  if (change && rowsObject(w, i + change.length)) return changeRefusal(change.lemma);
  if (CREATION_VERBS.includes(verb) && CREATION_OBJECTS.includes(w[i + 1] ?? '') && !answerForm(w, i + 1)) {
    return {
      code: 'MODIFICATION_REQUEST',
      message: `I can only read the data; I will not ${verb} records. Ask me a question about events, companies or people instead.`,
    };
  }
  if (
    CREATION_VERBS.includes(verb) &&
    // "tag the sponsors as ...", "add Acme Corp as a sponsor of X": a named object given a new role
    (ASSIGNMENT_LEADS.includes(w[i + 1] ?? '') || /^[A-Z]/.test(tokens[i + 1]?.raw ?? '')) &&
    w.slice(i + 2).some((x) => x === 'to' || x === 'as')
  ) {
    return {
      code: 'MODIFICATION_REQUEST',
      message: `I can only read the data; I will not ${verb} anything. Ask me a question about events, companies or people instead.`,
    };
  }
  if (CREATION_VERBS.includes(verb) && placesInData(w, i)) {
    return {
      code: 'MODIFICATION_REQUEST',
      message: `I can only read the data; I will not ${verb} anything. Ask me a question about events, companies or people instead.`,
    };
  }
  if (labelsRows(w, tokens, i)) return labelRefusal(w[i] ?? '');
  // "contact emails for X", "contact details of ...": a verb that is also a noun, before a noun of data that it
  // cannot take as its object, names that data ("send emails to ..." stays an action: send gives its object)
  const namesDataNoun = GIVEN_DATA_NOUNS.includes(w[i + 1] ?? '') && !GIVING_VERBS.includes(verb);
  if (
    ACTION_VERBS.includes(verb) &&
    ACTION_OBJECTS.includes(w[i + 1] ?? '') &&
    !namesDataNoun &&
    !speakersOwnAction(w, i)
  ) {
    return {
      code: 'OUT_OF_SCOPE',
      message: `I can only look things up in the data; I cannot ${verb} anyone or act on it. Ask me for the people or e-mail addresses you need instead.`,
    };
  }
  const later = laterClauseChange(question);
  if (later) return later;
  const renamed = renamesRow(w);
  if (renamed) return renamed;
  const wished = wishedWording(question);
  if (wished) return wished;
  // "which companies do you think will sponsor next year's X": a forecast the data cannot give
  return detectSpeculation(tokens) ?? outOfScopeTopic(w, namesData);
}

/**
 * Where the imperative's verb stands: after the leads that say nothing of it (`IMPERATIVE_LEADS`), a greeting's
 * companion among them ("hi there, would you mind dropping ...", "hey team - pls delete ..."): a greeting names no
 * object of the verb.
 */
function afterLeads(w: readonly string[]): number {
  let i = 0;
  while (
    i < w.length &&
    (IMPERATIVE_LEADS.has(w[i] ?? '') ||
      (POLITENESS_COMPANIONS.has(w[i] ?? '') && POLITENESS_WORDS.has(w[i - 1] ?? '')))
  )
    i++;
  return i;
}

/** Verbs that take rows away: in a later clause they may edit the answer ("..., drop the ones in japan"). */
const REMOVING_VERBS: ReadonlySet<string> = new Set(['delete', 'remove', 'drop', 'erase', 'wipe', 'purge', 'clear']);
/** Objects of a verb that change the answer, not the data ("update the list to ...", "change the filter"). */
const ANSWER_OBJECTS: ReadonlySet<string> = new Set([
  'list',
  'lists',
  'search',
  'query',
  'filter',
  'results',
  'answer',
]);
/** Where a clause of the message begins: after a sentence's end, a comma, a semicolon or a dash between words. */
const CLAUSE_START = /[.?!;,]\s+|\s[-–—]+\s/;

/**
 * "BeautyAsia moved to March, can you update the dates in there?", "remove them all from our contacts pls":
 * a request to change the data in a clause after the first (the first clause says why), which the check of the
 * message's opening missed: the later clause's own opening verb, after the same leads, is a change of the data when
 * it stores something (any modification verb, its object not the answer) or takes rows out of a store of the
 * speaker's ("from our contacts", "from the database"; removing alone may edit the answer). "me" / "us" after the
 * verb ("correct me if ...") is no object.
 */
function laterClauseChange(question: string): Refusal | null {
  return clauseChange(question.split(CLAUSE_START).slice(1), false);
}

/**
 * "remove them all from our contacts pls, they've left the company" after a list: rows taken out of a store of the
 * speaker's are a change of the data even where a follow-up's verb of removing would edit the earlier answer
 * (`answerEdits.ts` read it as "excluding them"). Checked before the follow-up is read as an edit.
 */
export function detectStoreRemoval(question: string): Refusal | null {
  return clauseChange(question.split(CLAUSE_START), true);
}

/** The first clause whose opening verb changes the data (`storeOnly`: only rows taken out of a store). */
function clauseChange(clauses: readonly string[], storeOnly: boolean): Refusal | null {
  for (const clause of clauses) {
    const tokens = tokenize(clause);
    const w = tokens.map((t) => t.norm);
    const i = afterLeads(w);
    const listed = verbLemma(w[i] ?? '');
    if (!storeOnly && labelsRows(w, tokens, i)) return labelRefusal(w[i] ?? '');
    // "..., mind cleaning up the dupes?": a verb of change by WordNet opens the clause as a listed one does
    const change = MODIFICATION_VERBS.includes(listed) ? null : changeVerbAt(w, i);
    const verb = change?.lemma ?? listed;
    const length = change?.length ?? 1;
    const object = change ? rowsObject(w, i + length) : hasObject(w, i + length);
    if (!(change || MODIFICATION_VERBS.includes(verb)) || !object) continue;
    const rest = w.slice(i + length);
    const from = rest.indexOf('from');
    // "from our list" is the speaker's store; "from the list" may be the answer's own list
    const owner = rest[from + 1] ?? '';
    const stored = (x: string): boolean =>
      x === 'contacts' || (STORE_NOUNS.includes(x) && (owner !== 'the' || !ANSWER_OBJECTS.has(x)));
    const store = from >= 0 && ['our', 'my', 'the', 'your'].includes(owner) && rest.slice(from + 2).some(stored);
    const removing = change ? change.removes : REMOVING_VERBS.has(verb);
    if (storeOnly ? !(removing && store) : !store && (removing || rest.some((x) => ANSWER_OBJECTS.has(x)))) continue;
    return {
      code: 'MODIFICATION_REQUEST',
      message: `I can only read the data; I will not ${verb} anything. Ask me a question about events, companies or people instead.`,
    };
  }
  return null;
}

/**
 * "I need to reach out to the marketing directors at X, emails pls", "I want to contact the sponsors - can I get their
 * emails": the speaker is the subject of the action (no listener asked to do it) and the message asks for data the
 * action needs: the action is the speaker's purpose, the request is the data. (Was refused as an action asked of
 * the assistant.) "can you email the sponsors" and "i want to email all the sponsors" (nothing asked for) stay refused.
 */
function speakersOwnAction(w: readonly string[], i: number): boolean {
  const openers = w.slice(0, i);
  if (!openers.some((x) => x === 'i' || x === 'we') || openers.some((x) => x === 'you' || x === 'u' || x === 'ya'))
    return false;
  return w.slice(i + 2).some((x) => GIVEN_DATA_NOUNS.includes(x) && x !== 'list' && x !== 'lists');
}

/**
 * "putting a dinner list together - who at X ...?", "compiling contacts for a client; which sponsors ...": a verb in
 * its -ing form opening the message, with no subject nor auxiliary, is the speaker narrating their own activity (an
 * imperative takes the base form: "put", "add"). When a later clause asks (a question word after a break),
 * that clause is the request and the narrated verb changes nothing; a change asked in the later clause is still
 * refused (`laterClauseChange`).
 */
function narratedActivity(question: string, w: readonly string[], i: number): boolean {
  const x = w[i] ?? '';
  if (i !== 0 || !/ing$/.test(x) || verbLemma(x) === x || !isVerb(x)) return false;
  const clauses = question.split(/[.!?;:]+(?=\s|$)|\s[-–—]+\s|,\s+(?=(?:so|anyway|but)\b)/);
  if (clauses.length < 2) return false;
  return clauses.slice(1).some((c) => {
    const words = tokenize(c).map((t) => t.norm);
    return words.some((y) => QUESTION_WORDS.has(y));
  });
}

function outOfScopeTopic(w: readonly string[], namesData: boolean): Refusal | null {
  const text = ` ${w.join(' ')} `;
  const topic =
    OUT_OF_SCOPE_WORDS.find((p) => text.includes(` ${p} `)) ??
    (namesData ? undefined : WEAK_OUT_OF_SCOPE_WORDS.find((p) => text.includes(` ${p} `)));
  if (topic) {
    return {
      code: 'OUT_OF_SCOPE',
      message: `That is outside the data I have ("${topic}"): I can answer questions about events, the companies taking part in them, and the people working at those companies.`,
    };
  }
  return null;
}

/** One-word nouns of the data's rows ("companies", "events", "people", "sponsors"). */
const ENTITY_NOUNS: ReadonlySet<string> = new Set(
  ENTITY_WORDS.filter((e) => !e.phrase.includes(' ')).map((e) => e.phrase),
);

/**
 * "send me the e-mails of X", "pls send emails 4 everyone at X": a giving verb at `i` whose object (after an
 * optional "me" / "us") is data, with no recipient after it ("send emails to everyone at X" is an action).
 * `only`: the verb must be one that may also change data ("drop me the list" is no "drop the table").
 */
function givesData(w: readonly string[], i: number, only = false): boolean {
  const verb = w[i] ?? '';
  if (!GIVING_VERBS.includes(verb) || (only && verb !== 'drop')) return false;
  let k = i + 1;
  const toSpeaker = w[k] === 'me' || w[k] === 'us';
  if (toSpeaker) k++;
  while (['the', 'all', 'their', 'a', 'full', 'complete'].includes(w[k] ?? '')) k++;
  // given to the speaker, a noun of the data's rows is data too ("send me all the companies going to X")
  const given = (x: string): boolean => GIVEN_DATA_NOUNS.includes(x) || (toSpeaker && ENTITY_NOUNS.has(x));
  const objectEnd = w.findIndex((x, j) => j > k && !given(x) && x !== 'e');
  const object = w.slice(k, objectEnd < 0 ? w.length : objectEnd);
  if (!object.some(given)) return false;
  return w[objectEnd] !== 'to';
}

/** One-word nouns of a detail the data holds ("country", "emails"): an object placed that way is a column asked. */
const ATTRIBUTE_NOUNS: ReadonlySet<string> = new Set([
  ...ATTRIBUTE_WORDS.filter(([p]) => !p.includes(' ')).map(([p]) => p),
  ...GIVEN_DATA_NOUNS,
]);

/** Words between a placing word and its role or store ("as ONE OF THE sponsors", "to ITB ASIA'S sponsors"). */
const PLACE_GAP = 4;

/**
 * "pls add acme corp as a sponsor of itb asia", "add Foo Ltd to the sponsors list", "put X into our crm": the creation
 * verb at `i`, an object of a few words, then a placing word followed soon by a role of the data's rows or a store of
 * them. The object's case and whether the data names it do not matter: the request is a change either way. An object
 * that is a detail the data holds ("add the country to the list") asks for a column, not a change.
 */
function placesInData(w: readonly string[], i: number): boolean {
  const at = w.findIndex((x, j) => j > i + 1 && j <= i + 1 + PLACE_GAP && PLACING_WORDS.includes(x));
  if (at < 0 || w.slice(i + 1, at).some((x) => ATTRIBUTE_NOUNS.has(x))) return false;
  return w.slice(at + 1, at + 1 + PLACE_GAP).some((x) => ENTITY_NOUNS.has(x) || STORE_NOUNS.includes(x));
}

/**
 * "make a list of the sponsors", "create a quick summary of events in 2025": after the article at `k`, a noun of an
 * answer's form (a word or two of description allowed before it) made "of" something: a request for data.
 */
function answerForm(w: readonly string[], k: number): boolean {
  const noun = w.findIndex((x, j) => j > k && j <= k + 3 && ANSWER_FORM_NOUNS.includes(x));
  return noun > 0 && w[noun + 1] === 'of';
}

/** How many words the rows labelled may take between the verb and "as" / "to" ("flag ALL SOLARWINDS CONTACTS as"). */
const LABEL_OBJECT_SPAN = 6;
/** Pronouns and quantifiers standing for rows of the data ("tag THEM as ...", "bump THAT ONE to ..."). */
const ROW_POINTERS: ReadonlySet<string> = new Set([
  ...ASSIGNMENT_LEADS,
  'them',
  'it',
  'everyone',
  'everybody',
  'him',
  'her',
  'ones',
  'one',
]);

/**
 * "flag all SolarWinds contacts as do-not-contact", "can you bump Airbus to tier 1", "label those events as
 * cancelled": a verb of giving a label, a mark, a rank or a post (WordNet, `text/labellingVerbs.ts`) in the imperative
 * at `i`, its object rows of the data (a noun of rows, a pronoun or a name), then "as" / "to" and a new value. Reading
 * such a state is no change ("companies flagged as sponsors": no imperative); "as per", "as a table" and "to see ..."
 * give no value.
 */
function labelsRows(w: readonly string[], tokens: readonly Token[], i: number): boolean {
  const word = w[i] ?? '';
  if (verbLemma(word) !== word || !labellingVerb(word)) return false;
  const at = w.findIndex((x, j) => j > i + 1 && j <= i + 1 + LABEL_OBJECT_SPAN && (x === 'as' || x === 'to'));
  if (at < 0) return false;
  const object = w.slice(i + 1, at);
  const rows =
    object.some((x) => ENTITY_NOUNS.has(x) || ROW_POINTERS.has(x)) ||
    tokens.slice(i + 1, at).some((t) => /^[A-Z]/.test(t.raw));
  return rows && newValueAt(w, at);
}

/** A new value after "as" / "to" at `at`: not an infinitive ("to see them"), nor a form of the answer ("as a table"). */
function newValueAt(w: readonly string[], at: number): boolean {
  const next = w[at + 1] ?? '';
  if (!next) return false;
  const form = w
    .slice(at + 1, at + 4)
    .some((x) => ANSWER_FORM_NOUNS.includes(x) || STORE_NOUNS.includes(x) || ANSWER_FORMATS.includes(x));
  if (form) return false;
  if (w[at] === 'as') return !AS_NON_VALUES.has(next);
  // "to tier 1", "to level 2", "to the top": a verb after "to" is an infinitive unless a number follows it
  return !isVerb(next) || /^\d/.test(w[at + 2] ?? '');
}

function labelRefusal(word: string): Refusal {
  return {
    code: 'MODIFICATION_REQUEST',
    message: `I can only read the data; I will not ${verbLemma(word)} anything. Ask me a question about events, companies or people instead.`,
  };
}

/** A verb's object at `k`: a word there that is not the speaker ("correct me if ...", "dump me the list"). */
function hasObject(w: readonly string[], k: number): boolean {
  const next = w[k] ?? '';
  return next !== '' && next !== 'me' && next !== 'us';
}

/**
 * A verb of change's object at `k` that stands for rows: a determiner or a pronoun ("clean up THE dupes", "scrap ALL
 * the sponsors", "tidy THEM up"). A word of change that is an adjective or a noun too opens a noun phrase otherwise
 * ("clean energy companies", "trash collection firms"): no imperative.
 */
function rowsObject(w: readonly string[], k: number): boolean {
  const next = w[k] ?? '';
  return ROW_POINTERS.has(next) || next === 'a' || next === 'an' || next === 'any' || next === 'some';
}

function changeRefusal(lemma: string): Refusal {
  return {
    code: 'MODIFICATION_REQUEST',
    message: `I can only read the data; I will not ${lemma} anything. Ask me a question about events, companies or people instead.`,
  };
}

/** Words that may stand between a naming verb and its old and new names without making them a question. */
const STORE_PLACING: ReadonlySet<string> = new Set(['in', 'on', 'within', 'across']);
/** Words of whose a store is ("in THE table", "in OUR crm"). */
const STORE_OWNERS: ReadonlySet<string> = new Set(['the', 'our', 'my', 'your', 'this', 'that']);

/**
 * "going forward can we just call 'Acme Holdings' Acme in the table", "dub X Y instead": a verb of giving a name
 * (WordNet, `text/changeVerbs.ts`) said as a request (at the opening or after a request's leads: "can we just call"),
 * followed by an old name and a new one (two words or more) and then a store of the data ("in the table", "in our
 * crm") or "instead": a row renamed. "name the sponsors in the data" tells names (the verb's other usual sense), "call
 * all the sponsors" is an action (`ACTION_VERBS`), and "companies called X" is no request.
 */
function renamesRow(w: readonly string[]): Refusal | null {
  for (let k = 0; k < w.length; k++) {
    const word = w[k] ?? '';
    if (k > 0 && !IMPERATIVE_LEADS.has(w[k - 1] ?? '')) continue;
    if (verbLemma(word) !== word || !namingVerb(word)) continue;
    if (!hasObject(w, k + 1) || ACTION_OBJECTS.includes(w[k + 1] ?? '')) continue;
    const rest = w.slice(k + 1);
    const store = rest.findIndex(
      (x, j) =>
        STORE_PLACING.has(x) &&
        (STORE_NOUNS.includes(rest[j + 1] ?? '') ||
          (STORE_OWNERS.has(rest[j + 1] ?? '') && STORE_NOUNS.includes(rest[j + 2] ?? ''))),
    );
    const instead = rest.indexOf(WISH_INSTEAD);
    const end = store >= 0 ? store : instead;
    if (end < 2) continue;
    return changeRefusal('rename');
  }
  return null;
}

/**
 * "it'd be great if the end date for X said 28 july instead of blank", "the venue of X should read Suntec", "can the
 * name say Acme instead": a verb of a text's wording (WordNet's "read, say": `text/changeVerbs.ts`) whose subject is a
 * thing of the data (not "you" or "I": "can you say which ...") and whose clause is a wish (a modal of obligation or
 * ability before it, "instead" after it, or "be <adjective> if" before it), with a value after it: the data asked to
 * say something else. "which events say AI in their name" and "what does X say" ask what it says.
 */
function wishedWording(question: string): Refusal | null {
  for (const clause of question.split(CLAUSE_START)) {
    const w = tokenize(clause).map((t) => t.norm);
    for (let j = 1; j < w.length - 1; j++) {
      if (!wordingVerb(w[j] ?? '')) continue;
      const before = w.slice(0, j);
      if (before.some((x) => WORDING_QUESTION_WORDS.has(x))) continue;
      const cue = before.findIndex((x, p) => WISH_MODALS.has(x) || (x === 'if' && before[p - 2] === 'be'));
      const wish = cue >= 0 || w.slice(j + 1).includes(WISH_INSTEAD);
      // the subject: after "if" in "be <adjective> if", else every word before the verb but the modal and speakers
      const from = before[cue] === 'if' ? cue + 1 : 0;
      const subject = before.slice(from).filter((x) => !SPEAKERS.has(x) && !WISH_MODALS.has(x));
      if (!wish || subject.length === 0) continue;
      return {
        code: 'MODIFICATION_REQUEST',
        message:
          'I can only read the data; I will not change what it says. Ask me a question about events, companies or people instead.',
      };
    }
  }
  return null;
}

/** The speaker and the listener: "can you say which ...", "I'd say ..." are no wish about the data's wording. */
const SPEAKERS: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'i', 'we', 'it', 'they', 'just', 'please', 'pls']);
