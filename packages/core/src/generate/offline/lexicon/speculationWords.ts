/**
 * The words of a question that asks for a forecast or the assistant's opinion about what will happen
 * (`parse/detectSpeculation.ts`): the data records who takes part in the events listed and when they take place,
 * never what anyone will do.
 */

/** Verbs of opinion whose subject, when it is the assistant ("do you think", "u reckon"), asks for its judgement. */
export const OPINION_VERBS: ReadonlySet<string> = new Set([
  'think',
  'reckon',
  'believe',
  'expect',
  'suppose',
  'guess',
  'feel',
  'imagine',
  'bet',
  'figure',
  'anticipate',
]);

/** Nouns of opinion after "your" ("your guess", "in your view"). */
export const OPINION_NOUNS: ReadonlySet<string> = new Set([
  'opinion',
  'view',
  'guess',
  'take',
  'bet',
  'hunch',
  'thoughts',
  'expectation',
  'expectations',
  'judgement',
  'judgment',
]);

/** The assistant as the subject or owner of the opinion. */
export const ASSISTANT_WORDS: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'yourself']);
export const ASSISTANT_POSSESSIVES: ReadonlySet<string> = new Set(['your', 'ur', 'yr']);

/** Verbs (lemmas) and nouns that ask for a forecast whoever's it is ("predict which ...", "a forecast of ..."). */
export const FORECAST_WORDS: ReadonlySet<string> = new Set([
  'predict',
  'prediction',
  'predictions',
  'forecast',
  'forecasts',
  'speculate',
  'foresee',
  'prognosis',
]);

/** Modal and future markers: what the opinion is about is still to happen ("will sponsor", "gonna exhibit"). */
export const FUTURE_MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'might',
  'could',
  'should',
  'may',
  'gonna',
  'shall',
]);

/** Words that weigh how probable something is ("likely to sponsor", "the chances that ..."). */
export const PROBABILITY_WORDS: ReadonlySet<string> = new Set([
  'likely',
  'unlikely',
  'probably',
  'probable',
  'chance',
  'chances',
  'odds',
  'likelihood',
  'probability',
]);

/** Third persons whose future a yes/no question asks about ("will they sponsor again?"). */
export const AGENT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she']);
