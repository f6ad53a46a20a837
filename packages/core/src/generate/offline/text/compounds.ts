/**
 * Compound words typed joined, split or hyphenated: "head-count" is "headcount", "pay pal" is "paypal",
 * "csuite" is "c suite". The same word is written all three ways by different people; the parser's vocabulary
 * and the data's names hold one of them. This pass rewrites the typed form to the form that is known, before
 * the words are read, so every recogniser sees one spelling.
 */

/** What the parser knows, as the compound pass needs it. */
export interface CompoundVocabulary {
  /** A single word read as it is (a lexicon word, a filler word, a value of the data). */
  isWord(word: string): boolean;
  /** A single word that names something in the data (a company, a word of an event's name). */
  isName(word: string): boolean;
  /** A phrase of several words that some recogniser reads ("c suite", "marina bay sands"). */
  isPhrase(phrase: string): boolean;
  /** The phrase a word is, written without its spaces ("csuite" -> "c suite"), when one is known. */
  phraseOf(joined: string): string | undefined;
  /**
   * The one name of the data of a single word that a joined word is a typing slip of ("sentinalone": "sentinelone"),
   * when exactly one is near enough; undefined otherwise.
   */
  nameSlipOf?(joined: string): string | undefined;
  /** Two adjacent words of a data name, written joined ("cybersecurity" -> "cyber security"), when one is known. */
  pairOf?(joined: string): string | undefined;
  /**
   * True when the word reads as it is elsewhere: an English word (WordNet lists it) or a word of the data's running
   * text or themes ("fintech"). Such a word is never split in two.
   */
  readsAsIs?(word: string): boolean;
  /** A word of the data's running text (descriptions, overviews): "sub-sea" is the "subsea" the data writes. */
  isTextWord?(word: string): boolean;
  /** True for a word that carries nothing by itself ("be", "for", "the"). */
  isFiller?(word: string): boolean;
  /**
   * True when the word is within the spelling allowance of a known word ("befor": "before"): a slip in one word
   * is then likelier than a lost space between two words that carry nothing.
   */
  misspells?(word: string): boolean;
}

const WORD = /[A-Za-z][A-Za-z0-9]*/g;

/**
 * The text with its compounds written the known way. Two words become one when their joined form is known
 * and they do not form a known phrase as they are: always when typed with a hyphen ("head-count"), and when
 * typed apart only if the joined word is a name of the data and one of the two parts is no word on its own
 * ("pay pal", "world chefs" stay words otherwise). One unknown word becomes the phrase it spells without
 * spaces ("csuite" -> "c suite").
 * @example rejoinCompounds('people at pay pal', vocabulary) // 'people at paypal'
 */
export function rejoinCompounds(text: string, vocabulary: CompoundVocabulary): string {
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  let out = '';
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const a = words[k];
    if (!a) continue;
    const b = words[k + 1];
    const lowerA = a.text.toLowerCase();
    if (b) {
      const gap = text.slice(a.end, b.start);
      const hyphen = /^\s*[-–]\s*$/.test(gap);
      const lowerB = b.text.toLowerCase();
      const joined = `${lowerA}${lowerB}`;
      if ((hyphen || /^ $/.test(gap)) && !vocabulary.isPhrase(`${lowerA} ${lowerB}`)) {
        const known = hyphen
          ? vocabulary.isWord(joined) || vocabulary.isName(joined) || vocabulary.isTextWord?.(joined) === true
          : (vocabulary.isName(joined) &&
              (!vocabulary.isWord(lowerA) ||
                !vocabulary.isWord(lowerB) ||
                joinedBesideName(words, k, joined, vocabulary))) ||
            (wholeTyped(text, a.start, b.end) && splitWord(a.text, b.text, vocabulary));
        if (known && !/\d/.test(joined)) {
          out += text.slice(at, a.start) + a.text + b.text.toLowerCase();
          at = b.end;
          k++;
          continue;
        }
        // a one-word name typed apart and with a slip ("sentinal one": SentinelOne): the name, when one word as typed
        // is no word at all and neither names anything alone
        const slipOf =
          !hyphen &&
          !/\d/.test(joined) &&
          (!vocabulary.isWord(lowerA) || !vocabulary.isWord(lowerB)) &&
          !vocabulary.isName(lowerA) &&
          !vocabulary.isName(lowerB) &&
          (vocabulary.readsAsIs?.(lowerA) === false || vocabulary.readsAsIs?.(lowerB) === false)
            ? vocabulary.nameSlipOf?.(joined)
            : undefined;
        if (slipOf) {
          out += text.slice(at, a.start) + slipOf;
          at = b.end;
          k++;
          continue;
        }
      }
    }
    // a joined word that is two words of a name, next to a further word of that name, is the name as written
    // ("cybersecurity summit" -> "cyber security summit"), even when the joined word is an English word; not
    // when the joined word is itself a word of some name ("southeast" of "CeMAT Southeast Asia")
    const prevWord = words[k - 1]?.text.toLowerCase();
    const nextWord = b?.text.toLowerCase();
    // nor when the joined word already reads as it is, alone or with a neighbour ("southeast asia", a region)
    const readsJoined =
      vocabulary.isName(lowerA) ||
      vocabulary.isPhrase(lowerA) ||
      (nextWord !== undefined && vocabulary.isPhrase(`${lowerA} ${nextWord}`)) ||
      (prevWord !== undefined && vocabulary.isPhrase(`${prevWord} ${lowerA}`));
    const pair = readsJoined ? undefined : vocabulary.pairOf?.(lowerA);
    if (
      pair &&
      ((b && vocabulary.isPhrase(`${pair} ${b.text.toLowerCase()}`)) ||
        (prevWord !== undefined && vocabulary.isPhrase(`${prevWord} ${pair}`)))
    ) {
      out += text.slice(at, a.start) + pair;
      at = a.end;
      continue;
    }
    const phrase = vocabulary.isWord(lowerA) || vocabulary.isName(lowerA) ? undefined : vocabulary.phraseOf(lowerA);
    const split = phrase ?? (/^[a-z]+$/.test(a.text) ? runTogetherWords(lowerA, vocabulary) : undefined);
    if (split) {
      out += text.slice(at, a.start) + split;
      at = a.end;
    }
  }
  return out + text.slice(at);
}

/**
 * True when the text from `start` to `end` stands between spaces or the ends of the text (or punctuation closing a
 * clause), not inside a typed word: the "s" of "paypal's" is the clitic of the word before, never half of a word
 * typed apart ("paypal's vps" is no "paypal'svps").
 */
function wholeTyped(text: string, start: number, end: number): boolean {
  return /^$|\s$/.test(text.slice(Math.max(0, start - 1), start)) && /^$|^[\s,.;:!?)]/.test(text.slice(end, end + 1));
}

/** Letters that are words of their own when typed alone ("a", "i", and "u" for "you"): never half of a split word. */
const LETTER_WORDS: ReadonlySet<string> = new Set(['a', 'i', 'u']);

/**
 * One word of the parser's typed with a space inside it ("soft ware", "e mails", "ceo s"), both halves in lower case:
 * the joined word is one the parser reads or the data's running text writes, and neither half is (two words of no reading: "soft", "ware"), or one half
 * is a lone letter that is no word ("e", the "s" of a plural). Halves that read on their own ("sales people", "any
 * one", "head count") stay as typed.
 * @example splitWord('soft', 'ware', vocabulary) // true
 */
function splitWord(a: string, b: string, vocabulary: CompoundVocabulary): boolean {
  if (a !== a.toLowerCase() || b !== b.toLowerCase() || /[^a-z]/.test(a + b)) return false;
  const joined = `${a}${b}`;
  // a word of the parser's or of the data's running text ("software" of the industries and descriptions)
  if (!vocabulary.isWord(joined) && vocabulary.isTextWord?.(joined) !== true) return false;
  const loneLetter = (x: string): boolean => x.length === 1 && !LETTER_WORDS.has(x);
  if (loneLetter(a) || loneLetter(b)) return a.length + b.length >= 4;
  return !vocabulary.isWord(a) && !vocabulary.isWord(b);
}

/**
 * Two words typed apart (at `k`, `k + 1`) whose joined form, with the word typed after or before them, is a name of
 * several words the data holds ("world chefs congress": "Worldchefs Congress"; "e commerce expo": "eCommerce Expo"),
 * while the words as typed make no phrase with that neighbour: the name as the data writes it. The counterpart of
 * `pairOf` (a name's two words typed joined); "world chefs" alone stays two words.
 */
function joinedBesideName(
  words: readonly { text: string }[],
  k: number,
  joined: string,
  vocabulary: CompoundVocabulary,
): boolean {
  const a = words[k]?.text.toLowerCase() ?? '';
  const b = words[k + 1]?.text.toLowerCase() ?? '';
  const next = words[k + 2]?.text.toLowerCase();
  const prev = words[k - 1]?.text.toLowerCase();
  return (
    (next !== undefined && vocabulary.isPhrase(`${joined} ${next}`) && !vocabulary.isPhrase(`${b} ${next}`)) ||
    (prev !== undefined && vocabulary.isPhrase(`${prev} ${joined}`) && !vocabulary.isPhrase(`${prev} ${a}`))
  );
}

/** The shortest part a run-together word is split into ("in" of "companiesin"). */
const MIN_PART = 2;

/**
 * Two words typed without the space between them ("nextmonth", "listevents", "companiesin", "unitedstates",
 * "arethere", "inthe"): a word typed in lower case that nothing knows as it is (no word of the parser or the data,
 * no name, no English word, no word of the data's running text) and that splits in exactly one place into two known
 * words, or into a known phrase. Otherwise undefined: two ways to split it would be a guess. A function word in the
 * split ("be for" of "befor", "afg er" of "afger") makes it a split only when the whole is no slip of a known word: a
 * misspelling ("before", "after") is likelier than a missing space; the parser then reports or respells the word.
 * @example runTogetherWords('nextmonth', vocabulary) // 'next month'
 */
export function runTogetherWords(word: string, vocabulary: CompoundVocabulary): string | undefined {
  if (word.length < 2 * MIN_PART + 1 || vocabulary.isWord(word) || vocabulary.isName(word)) return undefined;
  if (vocabulary.readsAsIs?.(word) !== false) return undefined;
  const known = (x: string): boolean => vocabulary.isWord(x) || vocabulary.isName(x);
  const content = (x: string): boolean => known(x) && vocabulary.isFiller?.(x) !== true;
  // two function words only when the whole is no slip of one known word (`misspells`; asked once, when needed)
  let slip: boolean | undefined;
  const functionPairOk = (): boolean => (slip ??= vocabulary.misspells?.(word) ?? true) === false;
  const splits: string[] = [];
  for (let k = MIN_PART; k <= word.length - MIN_PART; k++) {
    const a = word.slice(0, k);
    const b = word.slice(k);
    // a part of two letters is a joining word ("in", "at"): two letters of a content word ("rs") are a guess
    const shortOk = (x: string): boolean => x.length > MIN_PART || !content(x);
    if (
      (known(a) && known(b) && shortOk(a) && shortOk(b) && ((content(a) && content(b)) || functionPairOk())) ||
      vocabulary.isPhrase(`${a} ${b}`)
    )
      splits.push(`${a} ${b}`);
  }
  return splits.length === 1 ? splits[0] : undefined;
}

/**
 * The joined spellings of phrases ("c suite" -> "csuite"), for `phraseOf`; a joined form two phrases share is
 * left out (it would be a guess).
 */
export function joinedPhrases(phrases: Iterable<string>): Map<string, string> {
  return joinedOf(phrases);
}

/**
 * The joined spellings of adjacent word pairs of names ("cyber security" -> "cybersecurity"), for `pairOf`;
 * a joined form two different pairs share is left out.
 */
export function joinedPairs(names: Iterable<string>): Map<string, string> {
  const pairs: string[] = [];
  for (const n of names) {
    const w = n.split(' ');
    for (let k = 0; k + 1 < w.length; k++) pairs.push(`${w[k] ?? ''} ${w[k + 1] ?? ''}`);
  }
  return joinedOf(pairs);
}

function joinedOf(phrases: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const p of phrases) {
    if (!p.includes(' ')) continue;
    const joined = p.replace(/ /g, '');
    if (joined.length < 5 || /\d/.test(joined)) continue;
    const prev = out.get(joined);
    if (prev !== undefined && prev !== p) shared.add(joined);
    else out.set(joined, p);
  }
  for (const j of shared) out.delete(j);
  return out;
}
