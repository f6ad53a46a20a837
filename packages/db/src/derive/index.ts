/**
 * Derivations: pure functions that turn the scraped CSV values into typed, normalised columns, with
 * their vocabularies kept as data in ./lexicon. Conventions: /work/shared/eval/README.md (see
 * packages/db README); every function returns null (or an empty list) for what it cannot read.
 */
export { normalizeCountry } from './normalizeCountry';
export { COUNTRIES, countryByCode, countryByName, countryName, type Country, type CountryEntry } from './countries';
export { CONSTITUENT_COUNTRIES, COUNTRY_ALIASES } from './lexicon/countryAliases';
export { COUNTRY_ALPHA3 } from './lexicon/countryAlpha3';
export { COUNTRY_SLANG, DEMONYMS } from './lexicon/demonyms';
export { REGION_NAME_ABBREVIATIONS, REGIONS } from './lexicon/regions';
export { AMBIGUOUS_SUBDIVISION_NAMES, SUBDIVISIONS, type Subdivision } from './lexicon/subdivisions';
export { CITIES, type CityEntry } from './lexicon/cities';
export { parseCompanyAddress, type CompanyAddress } from './parseCompanyAddress';
export { parseEmployeeBand, type EmployeeBand } from './parseEmployeeBand';
export { parseRevenueUsd } from './parseRevenueUsd';
export { parseFoundedYear } from './parseFoundedYear';
export { splitIndustries } from './splitIndustries';
export { deriveSurname } from './deriveSurname';
export { deriveEmail, emailNamePart, EMAIL_PATTERNS, type EmailInput, type EmailPattern } from './deriveEmail';
export {
  classifyJobFunction,
  classifyJobFunctions,
  JOB_FUNCTIONS,
  JOB_FUNCTION_RULES,
  type JobFunction,
} from './classifyJobFunction';
export { classifySeniority, SENIORITIES, SENIORITY_RULES, type Seniority } from './classifySeniority';
export { JOB_FUNCTION_VOCABULARY, SENIORITY_VOCABULARY, type VocabularyEntry } from './lexicon/jobVocabulary';
export {
  deriveEventLocation,
  type EventLocation,
  type EventLocationInput,
  type LocationSource,
} from './deriveEventLocation';
export { findPlaces, matchVenue, placeNamed, type PlaceMention } from './findPlaces';
export { deriveVenueGroup } from './deriveVenueGroup';
export { VENUES, type VenueEntry } from './lexicon/venues';
export { deriveEventTags, EVENT_TAGS, type EventTag, type EventTagsInput } from './deriveEventTags';
export { eventTagsMentioned, eventTagsNamedBy } from './eventTagsMentioned';
export { parseIsoDate, safeParseIsoDate, InvalidDateError, type DateParseResult } from './parseIsoDate';
export { decodeUnicodeEscapes, foldAccents, cleanText, lookupKey } from './text';
