/**
 * Paraphrase operators of the typed-as-users-type round (issue 12), each drawing from the corpus's own word lists
 * below (independent of the parser's lexicon on purpose):
 *  - `indefinite`: the object said vaguely ("anything on in «October 2024»?", "who's going to «X»?", "any cos
 *    on board for «X»?");
 *  - `speaker-context`: the speaker's own context around the ask ("im in bizdev at a small cloud startup in
 *    Germany. ... thx, priya"), whose places, industries and roles must not become filters;
 *  - `chat-shorthand`: chat forms of template words that keep a word's consonants ("hw mny spnsrs does «X» hv");
 *  - `acronym`, `loose-name`: an event named by its initials or typed loosely (lower case, no year or ordinal,
 *    "the" before it); `country-nickname`: a country by a nickname or its ISO alpha-3 code.
 * Phrasings carry their values between « and » as in `operators.ts`.
 */
import type { Random } from './random';

/** Questions that ask for events, and the chatty ways of asking for "events" with the same window or place. */
const EVENT_QUESTION =
  /^(?:Which events are taking place|List the events|Which events are there|How many events are there)\s*(.*?)\??$/;
const INDEFINITE_EVENTS: readonly string[] = [
  'anything on',
  'anything happening',
  'any stuff on',
  'got anything',
  'is there anything on',
  "what's happening",
];
/** Questions about the companies at an event, and the chatty forms of "taking part in". */
const ATTENDING_QUESTION = /^Which companies are attending («[^»]+»)\??$/;
const INDEFINITE_ATTENDING: readonly string[] = [
  "who's going to",
  'any cos on board for',
  "who's on board at",
  'who is going to be at',
];

/** The question asked vaguely (lower case, chat style); null when its template has no vague form here. */
export function withIndefinite(marked: string, random: Random): string | null {
  const events = EVENT_QUESTION.exec(marked);
  if (events && !marked.startsWith('How many')) {
    const rest = (events[1] ?? '').trim();
    if (!rest) return null;
    return `${random.pick(INDEFINITE_EVENTS)} ${rest}?`;
  }
  const attending = ATTENDING_QUESTION.exec(marked);
  if (attending) return `${random.pick(INDEFINITE_ATTENDING)} ${attending[1] ?? ''}`;
  return null;
}

/**
 * Context clauses of a speaker about themselves, naming places, industries, roles and times that are NOT part of
 * the ask (so reading one as a filter changes the answer), and the way the ask follows them.
 */
const SPEAKER_CONTEXTS: readonly string[] = [
  'im in bizdev at a small cloud startup in Germany.',
  "I'm an SDR at a cybersecurity firm in France -",
  "We're a logistics software company based in Japan.",
  'I work in marketing at a fintech in London;',
  'for a client in the aviation space:',
  'Our company is based in Australia and we sell to hospitals.',
  "hi, I'm planning our events budget for next year -",
  "hey! I'm Sam from the partnerships team.",
  'we are a pet food brand in Canada,',
  'I run partnerships for a media agency in India.',
  "I'm new to the team and trying to get my head around the data.",
  'im a student doing research on the education industry,',
];
const SIGN_OFFS: readonly string[] = [
  'thx, priya',
  'cheers, tom',
  'Thanks so much, Jo',
  'ta, raj',
  'thanks! - ana',
  '',
];

/** The ask after a clause about the speaker, and sometimes a sign-off with a name. */
export function withSpeakerContext(marked: string, random: Random): string {
  const context = random.pick(SPEAKER_CONTEXTS);
  const closing = random.pick(SIGN_OFFS);
  const body = /[.:;-]$/.test(context) ? marked : marked.charAt(0).toLowerCase() + marked.slice(1);
  // the sign-off after a sentence of its own ("... in Singapore. ta, raj")
  const ended = /[?.!]$/.test(body) ? body : `${body}.`;
  return `${context} ${closing ? `${ended} ${closing}` : body}`;
}

/** Chat forms of template words (consonant skeletons and shortenings people type), by the word they stand for. */
const CHAT_FORMS: Readonly<Record<string, readonly string[]>> = {
  how: ['hw'],
  many: ['mny'],
  have: ['hv'],
  sponsors: ['spnsrs'],
  partners: ['prtnrs'],
  speakers: ['spkrs'],
  exhibitors: ['exhbtrs'],
  exhibiting: ['exhbting'],
  companies: ['cmpnies', 'cos'],
  events: ['evnts', 'evts'],
  attending: ['attndng'],
  are: ['r'],
};
/** Openings and closings of chat ("ya", "pls", "thx"). */
const CHAT_OPENINGS: readonly string[] = ['ya,', 'ya pls', 'pls', 'yep -', ''];
const CHAT_CLOSINGS: readonly string[] = ['thx', 'pls', 'ty', ''];

/** Template words in chat forms, lower case; null when no word of the phrasing has one. */
export function withChatShorthand(marked: string, random: Random): string | null {
  let changed = false;
  const lowered = marked.replace(/«[^»]*»|[^«]+/g, (part) => (part.startsWith('«') ? part : part.toLowerCase()));
  const out = lowered.replace(/«[^»]*»|[A-Za-z]+/g, (word) => {
    const forms = CHAT_FORMS[word];
    if (word.startsWith('«') || !forms) return word;
    changed = true;
    return random.pick(forms);
  });
  if (!changed) return null;
  const opening = random.pick(CHAT_OPENINGS);
  const closing = random.pick(CHAT_CLOSINGS);
  return `${opening ? `${opening} ` : ''}${out.replace(/\?$/, '')}${closing ? ` ${closing}` : ''}`;
}

/** Country nicknames and ISO alpha-3 codes (the corpus's own list). */
export const COUNTRY_NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['stateside', 'USA', 'the U.S.'],
  'United Kingdom': ['blighty', 'GBR', 'the U.K.'],
  Australia: ['down under', 'AUS'],
  Japan: ['JPN'],
  Germany: ['DEU', 'deutschland'],
  France: ['FRA'],
  Canada: ['CAN'],
  India: ['IND'],
  China: ['CHN', 'mainland china'],
  Singapore: ['SGP', 'the little red dot'],
  'United Arab Emirates': ['ARE', 'the emirates'],
  Netherlands: ['holland', 'NLD'],
  'South Korea': ['korea', 'KOR'],
};

const NAME_STOP_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', '&', 'for', 'on', 'in', 'a', 'an']);

/** An event name without a leading ordinal or trailing year ("11th X Awards 2024" -> "X Awards"). */
function bareName(name: string): string {
  return name
    .replace(/^\d+(st|nd|rd|th)\s+/i, '')
    .replace(/\s*\(?\b(19|20)\d\d\)?$/, '')
    .replace(/^(19|20)\d\d\s+/, '')
    .trim();
}

/** The initials of a name's content words ("Global Space and Technology Convention 2025" -> "GSTC"). */
export function acronymOf(name: string): string | null {
  const words = bareName(name)
    .split(/[\s\-–—/]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !NAME_STOP_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || words.length > 6) return null;
  // a name that already contains an acronym word is named by it, not by initials
  if (words.some((w) => /^[A-Z]{2,}$/.test(w))) return null;
  return words.map((w) => (w[0] ?? '').toUpperCase()).join('');
}

/** The name typed loosely: lower case, no ordinal or year, no punctuation, with "the" ("the space convention"). */
export function looseNameOf(name: string): string | null {
  const bare = bareName(name)
    .toLowerCase()
    .replace(/[^a-z0-9&\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (bare.split(' ').length < 2 || bare === name.toLowerCase()) return null;
  return `the ${bare}`;
}
