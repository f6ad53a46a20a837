import { readRestatedFunctions } from './scan/restatedFunctions';
import { releaseDimensionClauses } from './dimensionClauses';
import { nounLemma, wordNet } from '../text/language';
import { readSimilarNames } from './scan/similarNames';
import { readCoordinatedNames, settleCoordinatedNames } from './scan/coordinatedNames';
import { readAsRoles } from './scan/asRoles';
import { readWhetherRelations } from './scan/whetherRelations';
import { readRoleTypes } from './scan/roleTypes';
import { readIndefinitePersons } from './scan/indefinitePersons';
import { readDeterminedNouns, readInflectedPhrases, readInflectedVocabulary } from './scan/inflectedVocabulary';
import { readMisformedPlurals } from './scan/misformedPlurals';
import { readFillerInflections } from './scan/fillerInflections';
import { readColumnNouns } from './scan/columnNouns';
import { readSplitSortOrders } from './scan/splitSortOrders';
import { readAnswerShapes } from './scan/answerShapes';
import { joinListedStates } from './scan/timeStateUnions';
import { readModalMay } from './scan/modalMay';
import { requestVerbTokens } from './requestVerbs';
import { FILLER_WORDS, INDEFINITE_OBJECT_WORDS } from '../lexicon/fillerWords';
import {
  MONTHS,
  ONGOING_WORDS,
  ANY_TIME_WORDS,
  PAST_WORDS,
  STATE_WORDS,
  TIME_PREPOSITIONS,
  UPCOMING_WORDS,
} from '../lexicon/timeWords';
import { normKey, tokenize, type Token } from '../text/tokenize';
import { type CompoundVocabulary, joinedPairs, joinedPhrases, rejoinCompounds } from '../text/compounds';
import { readPeriodDashes, readPresentDeixis } from '../text/periodDashes';
import { readYearMultiples } from '../text/yearMultiples';
import { readPeriodLists } from '../text/periodLists';
import { readRestatedPeriods } from './scan/restatedPeriods';
import { readAnswerShapeWords } from './scan/answerShapeWords';
import { isContentless } from './shorthandOptions';
import { isDataName, type ValueIndex } from '../values/ValueIndex';
import { LEXICON, MAX_LEXICON_SPAN } from './lexiconTable';
import type { Mention, MentionBody } from './Mention';
import { matchTopic, synonymsOf } from './matchTopic';
import { techCompoundTheme } from './techCompounds';
import { rewriteEntitySynonyms } from './scan/entitySynonyms';
import { readDepartmentModifiers, readFunctionGroups } from './scan/functionGroups';
import {
  correctClosedClassSlips,
  correctVocabularySpelling,
  isEnglishWord,
  misspellsKnownWord,
} from './scan/vocabularySpelling';
import { correctThemeSpelling, misspellsThemeWord } from './scan/themeWordSpelling';
import { expandClippedThemes } from './scan/clippedThemes';
import { expandInformalClippings } from './scan/informalClippings';
import { expandIndustryShortForms } from './scan/industryShortForms';
import { findEventReferences } from './scan/eventByWords';
import { readLongNameSlips, readNameTypos } from './scan/nameTypos';
import { allowedEdits, editDistance, nearestWords } from '../text/spelling';
import { readClippedCountries } from './scan/clippedCountries';
import { endsClippedName, readClippedNames } from './scan/clippedNames';
import { readReplacedNameWords } from './scan/replacedNameWords';
import { readThereAsTheir } from './scan/thereAsTheir';
import { readApostropheLessPossessives } from './scan/apostropheLessPossessives';
import { readVagueEventNouns, readVagueEventReferents } from './scan/vagueEventNouns';
import { readOrderedSingularHeads } from './scan/orderedSingularHeads';
import { markBareThemes, readVagueEventRequests } from './scan/vagueEventRequests';
import { ownPlaces, readPlaceOwnerClauses } from './scan/placeOwnerClauses';
import { readHeadquartersPredicates } from './scan/headquartersPredicates';
import { readPersonPlaceVerbs } from './scan/personPlaceVerbs';
import { readGappedEventNames } from './scan/gappedEventNames';
import { readEventModifiers } from './scan/eventModifiers';
import { readTitleOrRankedFunction, readTitleRankUnions } from './scan/titleRankUnions';
import { readEventDescriptors } from './scan/eventDescriptors';
import { readAdditiveFocus } from '../text/additiveFocus';
import { dropApproximationSuffixes } from '../text/approximationSuffixes';
import { withoutAnswerGuesses } from '../text/answerGuesses';
import { readDemonstrativePlaces, readItReferences, readThereReferences } from './scan/placeAnaphors';
import { readTimeAnaphors } from './scan/timeAnaphors';
import { readMessageAntecedents } from './scan/messageAntecedents';
import { readEventAppositives } from './scan/eventAppositives';
import { readEventDescriptions, readUnknownThemesAsEvent } from './scan/eventDescriptions';
import { readSameAgain } from './scan/sameAgain';
import { isMemberList, readEnumeratedMembers } from './scan/enumeratedMembers';
import { claim as claimTokens, createScanState, isFree } from './scan/ScanState';
import { readLiteralTitle } from './scan/literalTitles';
import { readNameContains } from './scan/nameContains';
import { personNameWordsAt, readPersonNames } from './scan/personNames';
import { readDatabaseNames } from './scan/databaseNames';
import { readEventHostNames, readHostOrganisers } from './scan/eventHostNames';
import { readWholeThemeValues } from './scan/wholeThemeValues';
import { readQuantitiesAndTime } from './scan/quantitiesAndTime';
import { readInclusionAsides } from './scan/inclusionAsides';
import { readEventAudiences, readPlaceGroups, readThemeGroups } from './scan/audienceGroups';
import { readIndifferenceScopes } from './scan/indifferenceScopes';
import { askBothPeriodsOfEvents, readBothPeriods } from './scan/bothPeriods';
import { readRepeatParticipants } from './scan/repeatParticipants';
import { readHeldRelations } from './scan/heldRelations';
import { readLinkedModifiers } from './scan/linkedModifiers';
import { readParticipationNouns } from './scan/participationNouns';
import { readEventNounCompounds } from './scan/eventNounCompounds';
import { readDefiniteEventKinds } from './scan/definiteEventKinds';
import { readTopics } from './scan/topics';
import { readOfferingVerbs } from './scan/offeringVerbs';
import { readParticipationActs } from './scan/participationActs';
import { readLexiconPhrases } from './scan/lexiconPhrases';
import { readLeftoverWords } from './scan/leftoverWords';
import { readAbsentListedNames } from './scan/absentListedNames';
import { readStrayPlurals } from './scan/strayPlurals';
import { readEvaluativeWords } from './scan/evaluativeWords';
import { unknownNames } from './scan/unknownNames';
import { mergeRelationLists, mergeTrailingRelationNouns, readOtherwiseLists } from './scan/relationLists';
import { mergeEventNounLists } from './scan/eventNounLists';
import { readSeparateLists } from './scan/separateLists';
import { readShortEventNames } from './scan/shortEventNames';
import { readSameDates } from './scan/sameDates';
import { trimExcludedPeriods } from './excludedPeriods';
import { readContactsVsSize, readLargestContactCounts } from './scan/contactsVsSize';
import { readElsewhere, readPlaceOrOutside } from './scan/elsewhere';
import { readOutsidePlaces } from './scan/outsidePlaces';
import { readAvailableEmails } from './scan/availableEmails';
import { readFunctionIntersections } from './scan/functionIntersections';
import { readEventNounTitles, readOfTitles, readTitlePhrases } from './scan/titlePhrases';
import { readTitleQualifiers, readTitleWords, titlePersonWords } from './scan/titleWords';
import { readRelationTitles } from './scan/relationTitles';
import { readCoordinatedRoles } from './scan/coordinatedRoles';
import { readChoiceBetweenNames } from './scan/choiceBetweenNames';
import { readComparativesBeforeThan, readComparedNames } from './scan/comparedNames';
import { readAverageComparisons } from './scan/averageComparisons';
import { readDepartmentWords } from './scan/departmentWords';
import { readInitialledNames } from './scan/initialledNames';
import { readShownDimensions } from './scan/shownDimensions';
import { readFunctionRolePhrases, readFunctionRoles } from './scan/functionRoles';
import { readSeniorityQualifiers } from './scan/seniorityQualifiers';
import { readFunctionLeaders } from './scan/functionLeaders';
import { readSectorMakers } from './scan/sectorMakers';
import { readJobNouns } from './scan/jobNouns';
import { readTitlePrincipals } from './scan/titlePrincipals';
import { chiefTitles, readChiefTitles } from './scan/chiefTitles';
import {
  EXCLUSION_AFTER,
  EXCLUSION_AS_ROLE,
  EXCLUSION_MARKERS,
  EXCLUSION_PARENTHESES,
} from '../lexicon/exclusionWords';
import { readTitleContains } from './scan/titleContains';
import { readRelationNounAfterEvent } from './scan/relationNounAfterEvent';
import { readValues } from './scan/values';
import { readOccurrenceVerbs, readStagingVerbs } from './scan/occurrenceVerbs';
import { readExistenceVerbs } from './scan/existenceVerbs';
import { readFundingVerbs, readLinkVerbs, readPartOf } from './scan/linkVerbs';
import { readCompanyDescriptions } from './scan/companyDescriptions';
import { readDescribedOnes } from './scan/describedOnes';
import { readAnyRole } from './scan/anyRole';
import { isFreeChoiceClause, readFreeChoiceScopes } from './scan/freeChoiceScopes';
import { readMissingValues } from './scan/missingValues';
import { readOrderingWords } from './scan/orderingWords';
import { releaseExampleRelationLists } from './scan/exampleRelationLists';
import { releaseOnlyRelationContrasts } from './scan/onlyRelationContrasts';
import { releaseListClosers, releaseRemarkClauses, remarkButBreak } from './remarkClauses';
import { releaseAcceptedRoleLists } from './acceptedRoleLists';
import { readExampleNouns, readExampleRequests } from './scan/exampleRequests';
import { readCountAndList } from './scan/countAndList';
import { readZeroAsNone, readZeroGroups } from './scan/zeroGroups';
import { readRevenueMagnitudes } from './scan/revenueMagnitudes';
import { readArrangingVerbs } from './scan/arrangingVerbs';
import { readSummingVerbs } from './scan/summingVerbs';
import { readPlaceOfMost } from './scan/placeOfMost';
import { readWhereTakingPart } from './scan/whereTakingPart';
import { readRowNouns } from './scan/rowNouns';
import { readUnitPhrases } from './scan/unitPhrases';
import { readUniversalObjects } from './scan/universalObjects';
import { readVagueCounts } from './scan/vagueCounts';
import { readAmpersandInitials } from './scan/ampersandInitials';
import { readExclusiveOnly } from './scan/exclusiveOnly';
import { readTotalScope } from './scan/totalScope';
import { readIndustryNames } from './scan/industryNames';
import { readIndefiniteObjects, readIndefiniteSubjects } from './scan/indefiniteObjects';
import { readApartEvents } from './scan/apartEvents';
import { readRestatedTakingPart } from './scan/restatedTakingPart';
import { verbClassAt } from '../text/verbClasses';
import { readLooseNames } from './scan/looseNames';
import { readSubBrandNames } from './scan/subBrandNames';
import { readRelationNounModifiers } from './scan/relationNounModifiers';
import { readExampleThemes } from './scan/exampleThemes';
import { readThemeLists } from './scan/themeLists';
import { readExampleTitles } from './scan/exampleTitles';
import { joinListedPeriods } from './scan/joinPeriods';
import { readCountedRelationLists, readRepeatedCounts } from './scan/repeatedCounts';
import { readCountOfEachListed } from './scan/countOfEach';
import { dropGroupedRelationLists } from './scan/groupedRelationLists';
import { dropRestatedFields, dropRestatedPredicateFields, dropRestatedValues } from './scan/restatedValues';
import { dropRestatedPlaces } from './scan/restatedPlaces';
import { discourseTokens, releaseSpeakerOwnPeople } from './discourse';
import { clauseStarts, formulaButBreak, releaseSocialClauses } from './socialClauses';
import { releaseSpeakerContext } from './speakerContext';
import { releaseDiscourseIdioms } from './discourseIdioms';
import { releasePurposeClauses, releaseSpeakerParties, releaseSpeakerStanding } from './purposeClauses';
import { releaseFrameFragments } from './frameFragments';
import { releaseActivityClauses, sentenceStarts } from './activityClauses';
import { releasePlaceKindContrasts } from './scan/placeKindContrasts';
import { readEventOnesThemes, releaseBroaderContrasts, releaseRejectedReadings } from './scan/broaderContrasts';
import {
  dropRejectedPeriods,
  dropRestatedBefore,
  hedgedConditionMarkers,
  readRestatedNouns,
  replaceRestatedAttributes,
  restatementMarkers,
} from './restatements';
import { releaseBeliefClauses } from './beliefClauses';
import { readUnheldAttributes } from './scan/unheldAttributes';
import { readSizeAdjectives } from './scan/sizeAdjectives';
import { readDegreeQuestions } from './scan/degreeQuestions';
import { readRespectSuffix } from './scan/respectSuffix';
import { readVenueVerbs } from './scan/venueVerbs';
import { CONSTITUENT_PLACE_WORDS, readConstituentPlaces } from './scan/constituentPlaces';
import { readCountryCodes } from './scan/countryCodes';
import { readStateCodes } from './scan/stateCodes';
import { readCollaborationVerbs } from './scan/collaborationVerbs';
import { readParticipantLists } from './scan/participantLists';
import { readOtherVenues } from './scan/otherVenues';
import { releaseNameDescriptors } from './scan/nameDescriptors';
import { dropRestatedLevelNouns } from './scan/restatedLevels';
import { releaseDescribedEvent } from './scan/describedEvents';
import { releaseNameHeadNouns, releaseNameHedges } from './scan/hedgedNames';
import { releaseSpeakerCircumstance } from './speakerCircumstance';
import { releaseSpeakerTimes } from './speakerTimes';
import { readGeneralExtenders } from './scan/generalExtenders';
import { releaseRestatedThemes } from './scan/restatedThemes';
import { readShortDeterminerSlips } from './scan/shortDeterminerSlips';
import { readEditionYears, readEventNameParts } from './scan/eventNameParts';
import { readSalesAsRevenue } from './scan/revenueSales';
import { readAfterthoughtPlaces } from './scan/afterthoughtPlaces';
import { readAcronymExpansions, readSpelledAcronyms } from './scan/acronymExpansions';
import { readSeniorityRanges } from './scan/seniorityRanges';
import { readDemonymPeople } from './scan/demonymPeople';
import { readDemonymThemes } from './scan/demonymThemes';
import { readCompanyMemberNouns } from './scan/companyMemberNouns';
import { readUnreadComparisons } from './scan/unreadComparisons';
import { readUnheldComparisons } from './scan/unheldComparisons';
import { readVagueQualifiers } from './scan/vagueQualifiers';
import { readRestatedRoles } from './scan/restatedRoles';
import { releaseKindNouns } from './scan/kindNouns';
import { releaseRestatedLinks } from './scan/restatedLinks';
import { releaseIndefiniteAdverbs } from './scan/indefiniteAdverbs';
import { readRestatedRoleLists } from './scan/restatedRoleLists';
import { dropKindAndOthers, releaseKindsOfOthers } from './scan/kindAndOthers';
import { readParticipantIdioms, readProminentNames } from './scan/prominentParticipants';
import { readNameWordsBeside } from './scan/nameWordsBeside';
import { readMisplacedSeniority } from './scan/misplacedSeniority';
import { universalButAsExcept } from './exclusions';
import {
  CLOSED_CLASS_WORDS,
  FRONTED_ADJUNCT_PREPOSITIONS,
  RESTATEMENT_MARKERS,
  SPEAKER_WORDS,
} from '../lexicon/discourseWords';
import { possessionAsked } from './possessionQuestions';
import { negativePronounsAsPeople } from '../text/negativePronouns';
import { releaseAcceptanceClauses } from './indifferenceAsides';
import { releaseIntensifierSlips } from './scan/hedgeAdverbs';
import { releaseFormatAsides, releaseInclusiveBounds } from './formatAsides';
import {
  readSeparateValues,
  releaseInclusiveDurations,
  releasePrecisionAdjectives,
  releaseSingleResultClauses,
} from './shapeInstructions';
import { readRecordedAgainst } from './scan/recordedAgainst';
import { settleNamesByPeople } from './scan/staffedNames';
import { readRoleHeadcounts } from './scan/roleHeadcounts';

export interface Scan {
  tokens: Token[];
  mentions: Mention[];
  /** Content words nothing could read. */
  ignored: string[];
  /** Runs of capitalised words nothing could read, with the mention before them ("sponsoring Foo Summit"). */
  unknownNames: { text: string; after: Mention | undefined }[];
  /** Themes that match no event tag, no industry and no event text ("quantum computing"). */
  unknownTopics: string[];
  /**
   * Parts read several ways (`unclear` mentions with readings, or with phrased choices even when none could be
   * offered): the words as typed, why they are asked about, and the readings to offer.
   */
  unclear: {
    text: string;
    why: string;
    options: MentionBody[];
    choices: readonly { label: string; replacement: string }[];
    /**
     * Asked about as it is, `why` being the whole question: no value spelt like the words is offered (a reference with
     * nothing to point at).
     */
    asIs?: true;
  }[];
  /** Tokens released as discourse (asides, remarks, request verbs): they name nothing of the data. */
  discourse?: ReadonlySet<number>;
}

const QUESTION_WORDS = /^(which|what|who|whom|how many|how much|list|show|give|find|get)\b/i;

/** A question clause whose head is a pronoun for a set said before it ("which ones", "how many of them"). */
const POINTING_BACK = /^(?:which|what|how many)\s+(?:ones|of\s+(?:them|those|these))\b/i;

/** A break between two clauses: punctuation, a dash, a slash, a bar or an arrow between spaces. */
const CLAUSE_SEPARATOR = String.raw`\s*(?:[,:;.!?–—-]|\/+|\|+|>{2,}|-+>|→)\s+`;
/** Characters no clause after the last break holds. */
const UNBROKEN = String.raw`[^,:;.!?/|→]`;
const QUESTION_AFTER_BREAK = new RegExp(
  String.raw`^(.{3,}?)${CLAUSE_SEPARATOR}((?:(?:could|can|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|kindly\s+)*(?:which|what|who|whos|whom|how many|how much|list|show|give|find|get|pull|any|anyone|anybody|(?:are|is) there)\b.*)$`,
  'is',
);
/** A clause after the last break placing its rows with a locative "there" ("ahice sponsors - ceos there?"). */
const THERE_AFTER_BREAK = new RegExp(
  String.raw`^(.{3,})${CLAUSE_SEPARATOR}(${UNBROKEN}*\bthere\b${UNBROKEN}*?)[?.!]*\s*$`,
  'is',
);
/** "are there", "there is", "there's": the existential "there", which points at no place. */
const EXISTENTIAL_THERE =
  /\b(?:are|is|was|were|be)\s+there\b|\bthere\s+(?:are|is|was|were|be)\b|\bthere(?:'|’)?(?:s|re)\b/i;
/** A clause after the last break opening with a possessive of the topic ("ahice sponsors / their ceos?"). */
const POSSESSIVE_AFTER_BREAK = new RegExp(
  String.raw`^(.{3,})${CLAUSE_SEPARATOR}(?:their|its)\s+(${UNBROKEN}+?)[?.!]*\s*$`,
  'is',
);

/** True when the text opens with the speaker ("i work at X - ..."): a clause of theirs, read by the discourse pass. */
const speakerOpening = (text: string): boolean => SPEAKER_WORDS.has(text.trim().split(/\s+/)[0]?.toLowerCase() ?? '');

/**
 * Puts the question clause first: "In the next 12 months, which companies ...?", "Oil and gas events next year:
 * which companies are going?" and "I'm preparing a list. Could you show me ..." read as "which companies ...
 * <context>" (a request opener such as "could you" may lead the question clause). A slash (a bar, an arrow) before
 * a question word breaks the clauses as a dash does ("ahice sponsors / any ceos there?": a topic, then its
 * question); between two nouns it lists them ("medical / pharma events"), and no question word follows it there.
 * A fragment asked about with no question word is the same topic and question: the clause after the break placing
 * its rows "there" ("ahice sponsors - ceos there?") goes first, and one opening with "their" / "its" asks for what
 * the topic has ("ahice sponsors / their ceos?": "ceos of ahice sponsors").
 */
function questionClauseFirst(typed: string): string {
  // "re: ahice - who's sponsoring?": the subject line's "re" is "regarding", a topic lead
  // "apart from google which company ...": a leading exclusion ends where the question word begins, typed with no
  // comma: the break put in, so it is read as the comma'd form is (the question first, the exclusion after it)
  const question = leadingExclusionBreak(typed.replace(/^\s*re\s*:\s*/i, 'regarding '));
  const m = QUESTION_AFTER_BREAK.exec(question.trim());
  if (!m || !m[1] || !m[2]) return fragmentAskedAbout(question);
  // "hr people, any company": a free choice closing the message is no question clause (`scan/freeChoiceScopes.ts`)
  if (isFreeChoiceClause(m[2])) return question;
  if (QUESTION_WORDS.test(m[1].trim())) return question;
  // "singapore events in october: which ones have sponsors?": a pronoun asked stands for the topic before it, so the
  // topic stays first, where the pronoun reads it as the question's own set
  if (POINTING_BACK.test(m[2])) return question;
  // the context stays a clause of its own (the discourse pass reads clauses); a fronted partitive ("Of the events
  // with partners, which ...", "Out of the German firms, which ...", "Across companies at X, which industry ...") is
  // the set the question picks from: "among"
  // ... also after a conjunction opening a follow-up ("And of those, which are sponsors?")
  const context = m[1]
    .trim()
    .replace(/^(?:(?:and|so|but|ok|okay)\s+)?(?:out\s+of|of|amongst|among|across)\s+/i, 'among ');
  const clause = m[2].replace(/[?.!]+\s*$/, '');
  return frontedLocativeInside(context, clause) ?? `${clause}. ${context}`;
}

/** A fronted "at <event>" ("at ABS 2024, who isn't a sponsor?"), the place the question's rows are at. */
const FRONTED_AT = /^at\s+\S/i;
/** The verb after the question's subject: "who IS not ...", "which companies ARE not ...". */
const SUBJECT_VERB =
  /\b(?:is|are|was|were|do|does|did|has|have|had|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|hasn'?t|haven'?t)\b/i;
/** A negation in the clause: what the clause denies is said of the rows at the place, not of every row. */
const CLAUSE_NEGATION =
  /\b(?:not|never|no|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|hasn'?t|haven'?t)\b/i;

/**
 * "at ABS 2024, who isn't a sponsor?": the fronted place scopes the subject ("who at ABS 2024 isn't a sponsor"),
 * put back before the subject's verb; read after the clause it would be the object of the denied relation only
 * ("not a sponsor at ABS 2024": every company of the data that is not its sponsor, a broader set). A clause with no
 * negation keeps its order (the place is the object of the relation, which says the same).
 */
function frontedLocativeInside(context: string, clause: string): string | null {
  if (!FRONTED_AT.test(context) || !CLAUSE_NEGATION.test(clause)) return null;
  const expanded = clause.replace(/^(who|what)(?:'|’)s\b/i, '$1 is');
  const verb = SUBJECT_VERB.exec(expanded);
  if (!verb || verb.index === 0) return null;
  return `${expanded.slice(0, verb.index)}${context} ${expanded.slice(verb.index)}`;
}

/**
 * A topic, then a clause about it with no question word ("ahice sponsors - ceos there?", "ahice sponsors / their
 * ceos?"): the clause first, or what the topic has; the question as it is otherwise (a topic that is a question or
 * the speaker's own clause keeps its order).
 */
function fragmentAskedAbout(question: string): string {
  const there = THERE_AFTER_BREAK.exec(question.trim());
  const topicOf = (m: RegExpExecArray): string | null => {
    const topic = m[1]?.trim() ?? '';
    return topic && !QUESTION_WORDS.test(topic) && !speakerOpening(topic) ? topic : null;
  };
  if (there?.[2] && !EXISTENTIAL_THERE.test(there[2])) {
    const topic = topicOf(there);
    if (topic) return `${there[2].trim()}. ${topic}`;
  }
  const possessive = POSSESSIVE_AFTER_BREAK.exec(question.trim());
  const topic = possessive ? topicOf(possessive) : null;
  if (possessive?.[2] && topic) return `${possessive[2].trim()} of ${topic}`;
  return question;
}

const LEADING_EXCLUSION = new RegExp(
  `^\\s*((?:${[...EXCLUSION_MARKERS].map((x) => x.replace(/ /g, '\\s+')).join('|')})\\s+[^,;:.!?]+?)\\s+((?:which|what|who|whos|whom|how many|how much)\\b.*)$`,
  'is',
);

const LEADING_ADJUNCT = new RegExp(
  `^\\s*((?:${FRONTED_ADJUNCT_PREPOSITIONS.map((x) => x.replace(/ /g, '\\s+')).join('|')})\\s+[^,;:.!?]+?)\\s+((?:which(?!\\s+(?:are|is|was|were|have|has|had|do|does|did|will|would|can|could)\\b)|what|who|whos|who's|who’s|whom|how many|how much)\\b.*)$`,
  'is',
);

/**
 * "apart from X which ...", "other than X, who ...": the exclusion heading the question, ended by a comma. So is a
 * fronted prepositional phrase ("at airbus how many directors" counted the companies named Airbus, 1; "at seamless asia
 * which companies ..." became events): the question is read first and the phrase after it, as "at airbus, how many
 * directors" is. "which" before a verb is a relative pronoun ("at the event which is in march ..."), no question word.
 */
function leadingExclusionBreak(question: string): string {
  // ... at the head of any sentence ("event organiser here. at X which of the companies ...": the speaker's own
  // sentence before it leaves the fronted phrase at a sentence's head, not the message's)
  return question
    .split(SENTENCE_BREAK)
    .map((sentence) => {
      const m = LEADING_EXCLUSION.exec(sentence) ?? LEADING_ADJUNCT.exec(sentence);
      return m?.[1] && m[2] ? `${m[1]}, ${m[2]}` : sentence;
    })
    .join('');
}
/** The end of a sentence and the space after it (kept by the split). */
const SENTENCE_BREAK = /((?<=[.!?])\s+)/;

const compoundVocabularies = new WeakMap<ValueIndex, CompoundVocabulary>();

/** The phrases of the time reader ("taking place", "coming up") and their words, for the run-together splitter. */
const TIME_PHRASES: ReadonlySet<string> = new Set([
  ...UPCOMING_WORDS,
  ...PAST_WORDS,
  ...ONGOING_WORDS,
  ...ANY_TIME_WORDS,
]);
const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([...TIME_PHRASES].flatMap((p) => p.split(' ')));

/** The words and phrases known to the parser and the data, for `rejoinCompounds` (built once per index). */
export function compoundVocabulary(index: ValueIndex): CompoundVocabulary {
  const cached = compoundVocabularies.get(index);
  if (cached) return cached;
  const phrases = [...LEXICON.keys(), ...index.events.keys(), ...index.companies.keys(), ...index.venues.keys()];
  const joined = joinedPhrases(phrases);
  const pairs = joinedPairs([...index.events.keys(), ...index.venues.keys()]);
  // every word of an event's or a company's own name is spelt as the data spells it, never two words run together
  const nameWords = new Set(index.named.flatMap((n) => normKey(n.name).split(' ')));
  // the names of one word the data holds (companies, events), the names a joined slip may be of
  const oneWordNames = [...index.companies.entries()]
    .filter(([key, hit]) => hit.quality >= 2 && /^[a-z]+$/.test(key))
    .map(([key]) => key);
  const made: CompoundVocabulary = {
    isWord: (x) =>
      LEXICON.has(x) ||
      FILLER_WORDS.has(x) ||
      TIME_PREPOSITIONS.includes(x) ||
      TIME_PHRASE_WORDS.has(x) ||
      index.commonWords.has(x) ||
      index.countries.has(x) ||
      index.cities.has(x) ||
      (index.companies.get(x)?.quality ?? 0) >= 2,
    isName: (x) => (index.companies.get(x)?.quality ?? 0) >= 2 || index.eventNameWords.has(x) || index.events.has(x),
    isPhrase: (p) =>
      LEXICON.has(p) ||
      TIME_PHRASES.has(p) ||
      index.events.has(p) ||
      index.companies.has(p) ||
      index.venues.has(p) ||
      index.countries.has(p),
    phraseOf: (x) => joined.get(x),
    nameSlipOf: (x) => {
      const max = allowedEdits(x.length);
      if (max === 0) return undefined;
      const near = oneWordNames.filter((name) => editDistance(x, name, max) <= max);
      return near.length === 1 ? near[0] : undefined;
    },
    pairOf: (x) => pairs.get(x),
    // an adverb is a word too ("elsewhere", "anywhere" are never "else where", "any where")
    readsAsIs: (x) =>
      nameWords.has(x) ||
      isEnglishWord(x) ||
      wordNet().senses(x, 'adv').length > 0 ||
      index.eventWords.has(x) ||
      // a word of the data's running text ("subsea", said of several companies) is the data's word, never two
      index.textWords.has(x) ||
      synonymsOf(x) !== undefined,
    isTextWord: (x) => index.textWords.has(x),
    isFiller: isContentless,
    misspells: (x) => misspellsKnownWord(x) || misspellsThemeWord(x, index),
  };
  compoundVocabularies.set(index, made);
  return made;
}

const eventNameWordLists = new WeakMap<ValueIndex, readonly string[]>();

/** The words of the data's event names, as a list (built once per index): the rivals of a vocabulary slip. */
function eventNameWordsOf(index: ValueIndex): readonly string[] {
  let words = eventNameWordLists.get(index);
  if (!words) {
    words = [...index.eventNameWords.keys()].filter((x) => /^[a-z]{5,}$/.test(x));
    eventNameWordLists.set(index, words);
  }
  return words;
}

/** The words of the question that stand inside a multi-word lexicon phrase as typed ("c" and "suite" of "c suite"). */
function wordsInPhrases(w: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++)
    for (let len = 2; len <= MAX_LEXICON_SPAN && i + len <= w.length; len++)
      if (LEXICON.has(w.slice(i, i + len).join(' '))) for (const x of w.slice(i, i + len)) out.add(x);
  return out;
}

/** Positions of the words typed as a whole name of several words of an event or a company (a name or its variant). */
function wordsOfDataNames(tokens: readonly Token[], index: ValueIndex): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (let len = 2; len <= index.maxSpan && i + len <= tokens.length; len++) {
      const key = tokens
        .slice(i, i + len)
        .map((t) => t.norm)
        .join(' ');
      const hit = index.events.get(key) ?? index.companies.get(key);
      if (hit && hit.quality >= 2 && !hit.needsCaps) for (let k = i; k < i + len; k++) out.add(k);
    }
  return out;
}

/** A phrase the lexicon reads as a rank or a title ("vp", "directors", "cmo"). */
const isRankPhrase = (phrase: string): boolean =>
  LEXICON.get(phrase)?.some((r) => r.t === 'seniority' || r.t === 'title') ?? false;

/** A comma that lists, not one grouping a number's thousands ("(10,001+ employees)" restates a size: kept). */
const listComma = (inner: string): boolean => inner.replace(/(\d),(?=\d{3}\b)/g, '$1').includes(',');

/** An aside opening with a restatement's marker ("(err, partners)", "(i mean, the sponsors)"): it corrects, it lists nothing. */
const RESTATEMENT_OPENING = new RegExp(
  `^\\s*(?:${RESTATEMENT_MARKERS.map((m) => m.map((x) => x.replace(/\./g, '\\.')).join('\\s+')).join('|')})\\b`,
  'i',
);

/**
 * Removes example lists in parentheses: "(sponsor, partner, speaker, etc.)"; a list of ranks restating a noun
 * ("(vp, director or cmo)") is kept for `readEnumeratedMembers`, and so is a list of exclusions ("(not directors, not
 * c-suite)": `exclusionsFirst` reads it; dropped, the excluded rows were answered).
 */
function dropExampleParentheses(question: string): string {
  return question.replace(/\(([^)]*)\)/g, (whole, inner: string) =>
    isMemberList(inner, isRankPhrase) || EXCLUSION_PARENTHESES.test(whole) || RESTATEMENT_OPENING.test(inner)
      ? whole
      : /\b(etc|e\.?g|i\.?e|such as|like|for example)\b/i.test(inner) || listComma(inner)
        ? ' '
        : whole,
  );
}

/** Exclusions said as an aside ("(not sponsors)", ", sponsors excluded") in the marker-first form ("excluding ..."). */
function exclusionsFirst(question: string): string {
  const text = question.replace(EXCLUSION_AFTER, ', excluding $1').replace(EXCLUSION_AS_ROLE, ', excluding $1$2');
  const aside = EXCLUSION_PARENTHESES.exec(text);
  if (!aside?.[1]) return text;
  const rest = `${text.slice(0, aside.index)}${text.slice(aside.index + aside[0].length)}`;
  const end = /[?.!]*\s*$/.exec(rest)?.index ?? rest.length;
  // "(not directors, not c-suite)": each item's own "not" says the marker again; what is excluded is any of them
  const items = aside[1].replace(/\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:but\s+)?(?:not|no)\s+/gi, ' or ');
  return `${rest.slice(0, end)}, excluding ${items}${rest.slice(end)}`;
}

/**
 * Reads the question into mentions. Recognisers run in a fixed order over one `ScanState` (`scan/ScanState.ts`);
 * an earlier one wins the tokens it claims. The steps below are numbered as in the table of the offline README
 * ("The passes, in the order `scanMentions` runs them").
 * To add a recogniser: a function of `ScanState` in `scan/`, called at the place in this order where it must
 * win over the later ones, with a table-driven test beside it.
 */
export function scanMentions(question: string, index: ValueIndex, asOf: string): Scan {
  const scan = scanOnce(question, index, asOf);
  const asked = questionAfterNamedTopic(question, scan);
  return asked === null ? scan : scanOnce(asked, index, asOf);
}

/** Named things no relative "who" can stand for: "cleantech forum asia who's going" asks who goes there. */
const NOT_PERSONS: ReadonlySet<Mention['t']> = new Set(['event', 'venue']);

/**
 * "cleantech forum asia who's going", "the ahice event who is exhibiting": a message opening with an event's name
 * and going on with "who" has no relative clause there (an event is no person), but a topic and its question typed
 * without the break: the question with the break put in (then read with its question clause first), else null.
 */
function questionAfterNamedTopic(question: string, scan: Scan): string | null {
  const ms = scan.mentions;
  const at = ms.findIndex((m) => (m.t === 'relpron' || m.t === 'who') && /^who/i.test(m.text));
  const topic = ms[at - 1];
  if (at < 1 || !topic || !NOT_PERSONS.has(topic.t) || topic.start !== 0 || topic.end !== ms[at]?.start) return null;
  const before = scan.tokens.slice(0, ms[at]?.start ?? 0).filter((t) => t.norm === 'who').length;
  const whos = [...question.matchAll(/\bwho/gi)];
  const cut = whos[before]?.index;
  return cut === undefined ? null : `${question.slice(0, cut).trimEnd()}, ${question.slice(cut)}`;
}

function scanOnce(question: string, index: ValueIndex, asOf: string): Scan {
  // 1. prepare the text (a dash between two months is "to": "dec-feb" is one range)
  const text = rejoinCompounds(
    questionClauseFirst(
      exclusionsFirst(
        universalButAsExcept(
          possessionAsked(
            dropExampleParentheses(
              readPeriodLists(
                readPeriodDashes(
                  readPresentDeixis(
                    readYearMultiples(
                      negativePronounsAsPeople(
                        formulaButBreak(
                          remarkButBreak(
                            readAdditiveFocus(
                              markBareThemes(dropApproximationSuffixes(withoutAnswerGuesses(question)), index),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    compoundVocabulary(index),
  );
  const tokens = tokenize(text);
  // 2. token rewrites
  readSalesAsRevenue(tokens);
  readThereAsTheir(tokens);
  // "googles sales team": a name's possessive typed without its apostrophe is the name, as "google's" is
  readApostropheLessPossessives(tokens, index);
  // "attending cybersecurity stuff": a vague noun after a theme, as what is attended, is the events
  readVagueEventNouns(tokens);
  // "next thing at suntec", "the last one this year": a singular vague head after a word of order by date, one event
  readOrderedSingularHeads(tokens, (x) => LEXICON.get(x)?.some((r) => r.t === 'entity') ?? false);
  // "avg event length for stuff in singapore": a vague noun over the events asked about is those events
  readVagueEventReferents(tokens, (x) => LEXICON.get(x)?.find((r) => r.t === 'entity')?.entity ?? null);
  // "anything on marketing coming up?": an indefinite thing-word heading the question with a theme after it, events
  // "anything in dubai? events i mean": the restated noun is what the indefinite thing-word stands for
  const restatedNouns = readRestatedNouns(
    tokens,
    clauseStarts(text, tokens.length),
    (x) => {
      const entity = LEXICON.get(x)?.find((r) => r.t === 'entity');
      return entity?.t === 'entity' && entity.relations === null ? x : null;
    },
    INDEFINITE_OBJECT_WORDS,
  );
  readVagueEventRequests(tokens, [...sentenceStarts(text, tokens.length)]);
  readEventAudiences(tokens);
  // "the big names at X": a graded "names" is a noun of companies (participants in a market)
  readProminentNames(tokens);
  // "people who sit in Singapore", "who resides in India": a verb of dwelling in any form is a person's place
  readPersonPlaceVerbs(tokens);
  // "who may attend": the modal, not the month
  readModalMay(tokens);
  // a phrase of the vocabulary typed in the plural ("seniority levels") is that phrase, before its words are read apart
  readInflectedPhrases(tokens);
  // a word inside a phrase some recogniser reads ("suite" of "c suite") is spelt right as it is
  const inPhrase = wordsInPhrases(tokens.map((t) => t.norm));
  /** A filler, a month or a name in the data (an event, a company, a venue, a place): read as it is. */
  const fillerMonthOrName = (x: string): boolean =>
    FILLER_WORDS.has(x) || MONTHS[x] !== undefined || isDataName(index, x) || CONSTITUENT_PLACE_WORDS.has(x);
  /** A person noun of the data's job titles ("chefs", "controllers"): read as a title, never respelt nor replaced. */
  const titleWord = (x: string): boolean =>
    !LEXICON.has(x) && (titlePersonWords(index).has(nounLemma(x)) || chiefTitles(index).has(x.replace(/s$/, '')));
  /** A word some recogniser reads as it is: never respelt nor replaced by a synonym. */
  const knownWord = (x: string): boolean =>
    LEXICON.has(x) || fillerMonthOrName(x) || titleWord(x) || matchTopic([x], index).industries.length > 0;
  // a word the data itself uses is spelt right, whatever the vocabulary says (literal words: a typo shares a
  // stem with an industry as easily as with the word meant)
  // a vocabulary word typed in its other number ("by relation", "seniorities") is that word
  // "universitys", "citys": a plural typed with a plain "s" after a consonant and "y" is the regular plural
  readMisformedPlurals(tokens, (x) => inPhrase.has(x) || fillerMonthOrName(x));
  readInflectedVocabulary(tokens, (x) => inPhrase.has(x) || fillerMonthOrName(x));
  // "a furniture show": an event noun listed only in the plural, typed in the singular after an article
  readDeterminedNouns(tokens);
  /** A word read as it is by some recogniser or the data: never respelt. */
  const spelledRight = (x: string): boolean =>
    inPhrase.has(x) ||
    STATE_WORDS.has(x) ||
    LEXICON.has(x) ||
    fillerMonthOrName(x) ||
    index.eventWords.has(x) ||
    index.commonWords.has(x) ||
    titleWord(x) ||
    verbClassAt([x]) !== null ||
    // a theme compound of "tech" whose first part names a theme ("medtech", "proptech") is no slip of another one
    techCompoundTheme([x], index) !== null;
  const spellingTies = correctVocabularySpelling(tokens, spelledRight, (x) => nearestWords(x, eventNameWordsOf(index)));
  // "speakers at eny event": a slip of a determiner or preposition where the grammar expects one
  correctClosedClassSlips(tokens, spelledRight);
  correctThemeSpelling(tokens, index, spelledRight, isEnglishWord);
  // a word clipped informally with an "o" ("gyno"): the word of the events or themes it cuts
  expandInformalClippings(tokens, index, (x) => spelledRight(x) || isEnglishWord(x));
  // a theme typed clipped ("info tech", "fin services"): the theme's own words
  expandClippedThemes(tokens, index, (phrase) => isDataName(index, phrase));
  // a word of an industry typed short ("govt", "mfg", "comms"): that word, when nothing else reads it
  expandIndustryShortForms(
    tokens,
    index,
    (x) => spelledRight(x) || isEnglishWord(x) || matchTopic([x], index).any,
    (word) => !LEXICON.has(word) && matchTopic([word], index).industries.length > 0,
    (at) =>
      endsClippedName(
        tokens.map((t) => t.norm),
        at,
        index,
      ),
  );
  // a state word ("done", "gone") is read as a state, never as a tense of a filler verb ("do", "go")
  readFillerInflections(
    tokens,
    (x) => inPhrase.has(x) || LEXICON.has(x) || fillerMonthOrName(x) || verbClassAt([x]) !== null || STATE_WORDS.has(x),
  );
  // words of a vocabulary phrase ("c suite", "key account") are read by the phrase, never replaced by a synonym
  const inPhraseAt = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (let len = 2; len <= MAX_LEXICON_SPAN && i + len <= tokens.length; len++)
      if (
        LEXICON.has(
          tokens
            .slice(i, i + len)
            .map((t) => t.norm)
            .join(' '),
        )
      )
        for (let k = i; k < i + len; k++) inPhraseAt.add(k);
  // ... nor the words of a name of several words the data holds ("meetings" of "meetings show apac")
  for (const k of wordsOfDataNames(tokens, index)) inPhraseAt.add(k);
  // ... nor a first name or surname given after "named" / "called" ("anyone called sarah")
  for (const k of personNameWordsAt(tokens, index)) inPhraseAt.add(k);
  // a department's word before people ("personnel staff"): the function's people
  readDepartmentModifiers(tokens);
  // a body of people after a job function ("marketing management", "HR department"): the function's people
  readFunctionGroups(tokens);
  rewriteEntitySynonyms(
    tokens,
    (x) => knownWord(x) || inPhrase.has(x),
    inPhraseAt,
    // a word the lexicon, the filler or the data's titles read is kept even as a participant's noun
    (x) => LEXICON.has(x) || inPhrase.has(x) || fillerMonthOrName(x) || titleWord(x),
    index,
  );
  const state = createScanState(tokens, index, asOf, clauseStarts(text, tokens.length));
  const { w, claimed, mentions, unknownTopics } = state;
  const free = (a: number, b: number): boolean => isFree(state, a, b);
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(state, a, b, body);
  // "events in asia, i mean singapore", "anything in dubai? events i mean": a restatement's marker names nothing; the
  // words it introduces are read as part of the request (`restatements.ts`), never a clause about the speaker
  const restated = restatementMarkers(w);
  for (const [a, b] of restated) for (let k = a; k < b; k++) claimed[k] = true;
  for (const k of restatedNouns) claimed[k] = true;
  // "..., i guess anything founded 2015 or later counts", "anyone with director in the title counts too": a hedged
  // condition; its subject and predicate name nothing (before "counts" is read as a request for a number)
  const hedged = hedgedConditionMarkers(w, clauseStarts(text, w.length));
  for (const k of hedged) claimed[k] = true;

  // Misspelt vocabulary words with several equally near readings: asked about, never guessed.
  for (const tie of spellingTies)
    claim(tie.index, tie.index + 1, {
      t: 'unclear',
      about: 'word',
      why: 'several words are this close',
      options: tie.options,
    });
  // 3. a job title given literally, and words asked for inside titles or names
  // "per event, including events with none", "zeros included": every member of the set (before "none" is read as a
  // negation, "zeros" as a theme)
  readZeroGroups(state);
  // "food fairs, chef congresses, that sort of thing": a general extender closing a list names nothing (before "thing"
  // is read as a theme or an industry)
  readGeneralExtenders(state);
  // "anyone in sales in japan? (where the person sits)": a clause saying whose the place is, before "sits" is read as a
  // slip of a name and "where" as the location asked
  const ownerClauses = readPlaceOwnerClauses(state);
  // "whose HQ is in Japan": where the company is headquartered, before "HQ" is read as the address asked
  readHeadquartersPredicates(state);
  // "events with zero companies": absent, as "no companies" (before "zero" is read as a word of a name or a theme)
  readZeroAsNone(state);
  // "group the sponsors by industry": an imperative verb of arranging, before its word is read as a name or a theme
  readArrangingVerbs(state);
  // "add up the revenue of ...", "tot up their revenue": an imperative verb of summing is the measure's total
  readSummingVerbs(state);
  readLiteralTitle(state, question);
  readTitleContains(state);
  // "event managers": a title the data's titles use, before "event" is read as the events asked
  readEventNounTitles(state);
  readNameContains(state, question);
  // 4. names of several words from the database (events, companies, venues, states, people), longest first
  // (names of three words or more typed with one slip first: their words are not to be read apart as a region's)
  // "is X longer than Y": the comparative before "than" held before any name takes it in
  readComparativesBeforeThan(state);
  readLongNameSlips(state);
  // a name of several words typed with its last word cut short ("singapore exp", "marina bay sands exp"), before its
  // first words are read as a shorter name, a place or a theme of their own
  readClippedNames(state);
  // a name typed with its last word as an initial after "of" ("u of t": University of Toronto)
  readInitialledNames(state);
  // "food manufacturers": the sector's manufacturing industries, before a company's name takes the sector's word
  readSectorMakers(state);
  readDatabaseNames(state);
  // "googlers": a company's name with the agent suffix is the people working there
  readCompanyMemberNouns(state);
  // a person's first name or surname asked for ("people named John"), after the full names of the data
  readPersonNames(state);
  // "organised by Terrapinn": the label of the site hosting events' pages, once no name of the data took the word
  readEventHostNames(state);
  // a name typed in full before its acronym in parentheses: one reference
  readAcronymExpansions(state, question);
  // ... and an event's acronym typed spelled out with no acronym after it ("digital marketing world forum": #DMWF Asia)
  readSpelledAcronyms(state);
  // a field of the answer where the grammar asks for it ("ceo emails cos ...", "websites cos ..."): no value's word
  readAnswerShapeWords(state);
  // an industry or event theme of the data typed in full ("business consulting and services"): one theme, before
  // its "and" splits it or its words are read as other fields
  readWholeThemeValues(state);
  // a company industry by its name or leading words ("financial services", "IT services"), before the lexicon
  readIndustryNames(state);
  // 5. seniority ranges before quantities: "at least" / "under" compare levels there ("at least VP")
  readSeniorityRanges(state);
  // events compared with a named event's dates; people counts compared with the stated size
  readSameDates(state);
  readContactsVsSize(state);
  // 6. places
  readVenueVerbs(state);
  readAfterthoughtPlaces(state, question);
  // "al speakers", "ny sponsors": a two-letter slip of a determiner before a plural noun, asked about (with the
  // places its letters are the code of) before it is read as a place code or an unknown theme
  readShortDeterminerSlips(state);
  // a country code in capitals after a place word, before the lexicon reads it as a word ("in ARE", "from NOR")
  readCountryCodes(state);
  // a state's postal code ("in NSW", "in tx"); one several places share ("CA") is asked back
  readStateCodes(state);
  // a part of a country ("England") before any other reading of its words (a typo of a country, a name's word)
  readConstituentPlaces(state);
  // 7. quantities, then time
  // "billion-dollar companies", "a billion+ in revenue": a revenue threshold said by its magnitude alone
  readRevenueMagnitudes(state);
  // "both this year and next year": two windows, before the time reader joins them into one
  readBothPeriods(state);
  // "more companies than the average event", "above-average revenue": a measure against its average in the same set
  readAverageComparisons(state);
  readQuantitiesAndTime(state);
  // "this year, incl the ones that already happened": members the set holds anyway, said as an aside; no condition
  readInclusionAsides(state);
  // "don't care about dates", "the industry doesn't matter": the choice on a dimension left free, before its words are read
  readIndifferenceScopes(state);
  // "repeat sponsors": more than one event under the noun's relation
  readRepeatParticipants(state);
  // months set out after a period ("winter (dec-feb)") say which months it means: one window
  readRestatedPeriods(state, text);
  // a comparison with a number neither could read counts something the data does not hold: asked about
  readUnreadComparisons(state);
  // "more sponsors than exhibitors": a comparison with no number, which the request cannot hold (asked)
  readUnheldComparisons(state);

  // 8. size adjectives after the numbers they may announce ("smaller cos (under 50 staff)"); "how big" asks the size
  readDegreeQuestions(state);
  readSizeAdjectives(state);

  // 9. events by a few words of their name: "the space convention" (one event, or the candidates to ask about).
  for (const r of findEventReferences(w, claimed, index)) if (free(r.start, r.end)) claim(r.start, r.end, r.body);
  // "global space convention": words of one event's name in order, with words left out
  readGappedEventNames(state);
  // "space convention companies": some words of one event's name and its event noun, modifying a noun of companies
  // or people, name that event (the modifier position does the determiner's work)
  readEventModifiers(state);

  // a function word before a role of two words the titles use ("hr business partners"), before its "business" is a
  // marker noun of themes
  readFunctionRolePhrases(state);
  // "a few examples of", "3 sample", "5 of them": the set's words after them are never a theme
  readExampleNouns(state);

  // "on the lineup for X": taking part in X, before "lineup" is read as a theme
  readParticipantLists(state);
  // "companies giving talks at X", "who has taken exhibition space at Y": a verb with the part taken or given as its
  // object is the relation (speaker, exhibitor), before the themes read "talks" or "space" as words of the events
  readParticipationActs(state);
  // "who is working with Dyson?": a verb of working together with a company, asked back with the readings the data
  // holds, before "works" is read as a theme
  readCollaborationVerbs(state);
  // what companies make or sell ("companies that make software"): their industry, before the themes and the
  // lexicon read the object's words as a theme of events or a job function ("products")
  readOfferingVerbs(state);
  // 10. themes before a marker noun or after a marker word ("oil and gas events", "events about blockchain").
  // "sponsors of X together with their country": a dimension word after a word adding a field is that field shown (before
  // the themes read "countries and industries" as a list of themes)
  readShownDimensions(state);
  // initials joined by "&" ("o&g", "a&a"): a theme only where one label and no other phrase of the data spell them
  readAmpersandInitials(state);
  // "about the space crowd", "for the AI types": the audience of a theme, its group noun naming nothing more
  readThemeGroups(state);
  readTopics(state);
  // a list of themes ("about AI, cloud, data or cybersecurity", "topics like A, B or C"): one theme, their union
  readThemeLists(state);
  // a list of themes closing the question as examples of its kind ("... ? food, pets, that kinda thing")
  readExampleThemes(state, text);

  // 11. names with slips
  readNameTypos(state);
  // a country typed clipped after a place word ("in indo")
  readClippedCountries(state);
  readShortEventNames(state);
  readTitlePhrases(state);
  // "chiefs of staff": a title "<noun> of <word>" the titles use whole
  readOfTitles(state);
  // person nouns of the data's job titles ("deans", "MBA candidates"); chief titles both ways ("CCOs")
  readTitleWords(state);
  readChiefTitles(state);
  readRelationNounAfterEvent(state);
  readMissingValues(state);
  // "how many X, and list them": the members too (before the lexicon reads "them" as an earlier turn's set)
  readCountAndList(state);
  // a number over everything together: "across all events", "in all", "overall" are its scope, no grouping
  readTotalScope(state);
  // "at that event": the earlier turn's event, before the lexicon reads "that" as a relative pronoun
  readDemonstrativePlaces(state);
  // "that month", "the same dates": the earlier turn's period, before the lexicon reads "that" as a pronoun
  // ... compared with an event named by the later name readers (its acronym, its first words: "clashing with gstc")
  readSameDates(state);
  readTimeAnaphors(state);
  // "same thing for X", "ditto for X": the previous request restated as a follow-up's base
  readSameAgain(state);
  // 12. lexicon phrases, longest at each position, under their context rules
  readLexiconPhrases(state);
  // "major players": a grade no column holds before a participant noun is part of the idiom
  readParticipantIdioms(state);
  // "at many events", "with few sponsors": a count with no figure over a clause's object, asked about
  readVagueCounts(state);
  // "the sales folks there": the earlier turn's place, once the words it places are read
  readThereReferences(state);
  // "who's sponsoring it": the earlier turn's rows
  readItReferences(state);
  // a role joined to a job function ("legal and procurement people") is read as the function it lies inside
  readCoordinatedRoles(state);
  // a qualifier the titles use with a title or seniority word ("group CEOs", "regional VPs")
  readTitleQualifiers(state);
  // a function word before a role noun or another function word is one role ("sales engineers", "sales ops people")
  readFunctionRoles(state);
  // "senior managers" is one title, "senior people" the leadership levels
  readSeniorityQualifiers(state);
  // "finance heads", "heads of marketing": the leaders of the function (chiefs, VPs, directors, heads)
  readFunctionLeaders(state);
  // "executive assistants to the CEO": one title with its principal, never a second title
  readTitlePrincipals(state);
  // titles given as examples of a kind ("ceos/ctos etc"): the seniority or function they share
  readExampleTitles(state);
  // "senior mktg ppl (vp / director / cmo)": the listed ranks are one union restating the noun's rank
  readEnumeratedMembers(state, text);
  // "the CTO role", "a marketing position": a noun of a job held after the words of a job names its people
  readJobNouns(state);
  // "ceos / c suite": a title or a seniority is their union (the levels, when the title is of one of them)
  readTitleRankUnions(state);
  // "cmos / marketing directors": a title or the function's people of a level, never all three
  readTitleOrRankedFunction(state);

  // 13. verbs and their objects
  // a relation noun the companies hold ("companies that have a speaker slot"): their relation, as a verb
  readHeldRelations(state);
  // "speaker slots", "exhibitor booths": a relation noun before a noun of the place held is a participation
  readParticipationNouns(state);
  // "companies that appear in the data": a verb of existence with nothing after it but the data is no condition
  readExistenceVerbs(state);
  // "companies attached / tied to the events": a verb of being tied to an event is taking part in it
  readLinkVerbs(state);
  // "firms underwriting / bankrolling X": a verb of paying for an event is sponsoring it
  readFundingVerbs(state);
  // "what events is X part of?": being part of an event is taking part in it
  readPartOf(state);
  readOccurrenceVerbs(state);
  // "events being hosted outside X": putting on in the passive of events, no organizer
  readStagingVerbs(state);
  // "organised by <site>": the site is the organiser, no organizer relation beside it
  readHostOrganisers(state);
  readOrderingWords(state);
  // "a few examples of X", "3 sample companies", "5 of them", "any names?": members of the set, the number kept
  readExampleRequests(state);
  readUnitPhrases(state);
  readRowNouns(state);
  readUniversalObjects(state);
  // "companies that only sponsor": nothing else holds, asked about (a relation alone is a broader question)
  readExclusiveOnly(state);
  // "sponsors somewhere and speakers somewhere else": the second relation's events are other ones
  readApartEvents(state);
  readIndefiniteObjects(state);
  // "companies listed against them / registered under X": a recording participle's preposition is taking part
  readRecordedAgainst(state);
  // "involved in X in any role": taking part in some role or other, which the relation already says
  readAnyRole(state);
  // "..., any company", "from any country": a free choice of a dimension restricts nothing
  readFreeChoiceScopes(state);
  // "the commodity one": the event whose name holds the word (the "one" no number)
  readDescribedOnes(state);
  // 14. the values still unread
  readValues(state);
  readLooseNames(state);
  // ... and compared with an event named only by a value or a loose name ("at the same time as ITB")
  readSameDates(state);
  // "not the north america lot": the people of a place, as "the ones in <place>"
  readPlaceGroups(state);
  // "X itself, not X Health or X Power" typed "not health or power": the parent's units, by its name and the word
  readSubBrandNames(state);
  // "which is earlier, X or Y?": a comparative or a date word choosing between named things ranks them (once
  // every name is read, one word ones too)
  readChoiceBetweenNames(state);
  // "is X longer than Y", "more contacts in India or the UK": every named thing with its value, the winner first
  readComparedNames(state);
  // a relation noun that is a title, said of a named company ("the partners at Enterprise Singapore")
  readRelationTitles(state);
  // "the speaker companies at X": a relation noun before a noun of companies is one set (`relationNounModifiers`)
  readRelationNounModifiers(state);
  // "event sponsors": a bare event noun before a relation noun modifies it, the companies in that relation
  readEventNounCompounds(state);
  // "the summit in feb": a definite noun of a kind of event is the event(s) named with it
  readDefiniteEventKinds(state);
  // an event's name read loosely only now ("cyber security sumit"), before "partners with 5k+ staff": the partners
  readRelationNounAfterEvent(state);
  // ... and the object of a verb of being tied to an event ("companies tied to ahice"): taking part in it
  readLinkVerbs(state);
  readFundingVerbs(state);
  readPartOf(state);
  // "event-linked companies", "AHICE-affiliated firms": the participle between an event and companies is taking part
  // (once every event name is read, loose ones too)
  readLinkedModifiers(state);
  // 15. people
  // "purchasing people", "people in sourcing": a department word the titles use, once nothing else read it
  readDepartmentWords(state);
  // "bizdev types": a noun of kinds after a role word is the people holding it
  readRoleTypes(state);
  readIndefinitePersons(state);
  readIndefiniteSubjects(state);
  readRestatedTakingPart(state);
  readUnheldAttributes(state);
  readFunctionIntersections(state);
  readElsewhere(state);
  // "events beyond Singapore", "other than Singapore": not in the place after them
  readOutsidePlaces(state);
  // "revenue-wise", "headcount wise": the measure a superlative or a size is by (once the measure words are read)
  readRespectSuffix(state);
  // "in Dubai or anywhere else outside Singapore": a place in the union "outside" a country says is that union
  readPlaceOrOutside(state);
  // "a usable e-mail", "an email we can build": words of the e-mail being there restate that it is
  readAvailableEmails(state);
  // 16. words about the conversation, not the data (pronouns, hedges, "in our db", a clause about the speaker)
  // every mention before the remarks are released: the antecedents a pointer of the ask may take (step 16 end)
  const said = [...mentions];
  // "vp, svp, whatever", "deputy / area directors all count": an accepted list of roles is one union of levels,
  // merged into the level asked before the speaker's clauses are released (with the level when it is in one)
  const accepted = releaseAcceptedRoleLists(text, state);
  const ownPeople = releaseSpeakerOwnPeople(state);
  // "..., i want to reach out to them before the show": what the speaker will do with the rows asked
  // "Doing territory planning. which ...", "quick one for the board deck - ...": a fragment framing the ask
  const frames = releaseFrameFragments(text, state);
  const purposes = releasePurposeClauses(text, state);
  // "for our med-tech client": the speaker's own party and the words describing it
  const parties = releaseSpeakerParties(state);
  // "i want a seat at the table with procurement heads at X": the speaker's standing with the rows asked
  const standing = releaseSpeakerStanding(state);
  // "..., we're trying to sell an HR tool": the speaker's own activity, its data words its objects (no condition)
  const activities = releaseActivityClauses(text, state);
  const social = releaseSocialClauses(text, state);
  const context = releaseSpeakerContext(text, state, new Set(social));
  // "- just names is fine": an aside approving a plain answer names nothing
  const asides = releaseFormatAsides(text, state);
  // "..., any month is fine", "whatever's easiest": a clause of acceptance leaves a choice to the answer
  const acceptance = releaseAcceptanceClauses(text, state);
  // "between 2 and 5 billion? inclusive is fine": the range's ends, which "between" already holds
  const inclusive = releaseInclusiveBounds(text, state);
  // "- only the single top one, not a ranking" after a superlative, "the precise dates", "..., counting both days"
  // after a duration: instructions about the answer's shape the question already has
  const shapes = [
    ...releaseSingleResultClauses(text, state),
    ...releasePrecisionAdjectives(state),
    ...releaseInclusiveDurations(text, state, inclusive),
  ];
  // "..., quick, in a cab": where the speaker is, in a clause of its own
  const circumstance = releaseSpeakerCircumstance(text, state);
  // "im kind of swamped today but ...": the speaker's day, no period of the rows
  const speakerTimes = releaseSpeakerTimes(state);
  // "..., i think they make sensors", "not sure what titles they use": a remark of belief beside the ask
  const beliefs = releaseBeliefClauses(text, state);
  // "...? sponsor, speaker, whatever": relation nouns listed as examples with the choice left free name no relation
  const examples = releaseExampleRelationLists(state);
  // "...? partners only, not the sponsors": the relations "only" leaves out, negated again, are no further condition
  const onlyContrasts = releaseOnlyRelationContrasts(state);
  // "...? or is it all singapore lol", "this might be a weird one but ...": a guess at the answer, a remark on the question
  const remarks = releaseRemarkClauses(text, state);
  // "long story short", "on my radar", "nothing urgent", "okay, in short, ...": idioms around the request
  const idioms = releaseDiscourseIdioms(state, [...context, ...activities, ...purposes, ...frames].length > 0);
  // "by the role they play": a clause after a grouping's dimension saying what it is of
  const dimensionClauses = releaseDimensionClauses(state);
  // "japan, korea etc": a free closer after a list of values ends the list
  const closers = releaseListClosers(state);
  // "in london - the city not the country": which reading of the place is meant, no condition
  const placeKinds = releasePlaceKindContrasts(state);
  // "the marketing ones, not general tech": the wider reading rejected, no exclusion
  const broader = releaseBroaderContrasts(state);
  readEventOnesThemes(state);
  // "how big are they? not how many contacts we have, ...": the reading rejected, no condition
  const rejected = releaseRejectedReadings(state);
  const discourse = discourseTokens(text, state);
  // "please provide the emails of ...", "could you supply ...": the verb of an imperative request asks, it names nothing
  for (const k of [
    ...ownPeople,
    ...frames,
    ...purposes,
    ...parties,
    ...standing,
    ...activities,
    ...social,
    ...context,
    ...asides,
    ...acceptance,
    ...inclusive,
    ...shapes,
    ...circumstance,
    ...speakerTimes,
    ...beliefs,
    ...examples,
    ...onlyContrasts,
    ...remarks,
    ...idioms,
    ...dimensionClauses,
    ...accepted,
    ...closers,
    ...placeKinds,
    ...broader,
    ...rejected,
    ...requestVerbTokens(state),
    ...restated.flatMap(([a, b]) => [...Array(b - a).keys()].map((d) => a + d)),
    ...restatedNouns,
    ...hedged,
    ...ownerClauses.flatMap((c) => [...Array(c.end - c.start).keys()].map((d) => c.start + d)),
  ])
    discourse[k] = true;
  // "(oct thru dec). which events kick off in that window?": a pointer takes the message's own antecedent
  readMessageAntecedents(state, said);
  // a word of a found name typed beside the part that found it ("the big data ai world thing")
  readNameWordsBeside(state);
  // ... and a word typed in place of one of its words ("subsea networks wrld"): the event, or asked with it as the option
  readReplacedNameWords(state, discourse);
  // a vague qualifier announcing a figure on its measure ("smaller cos, under 200 staff"): the figure is the condition
  readVagueQualifiers(state, discourse);
  // "key acct mgrs at dyson, like KAMs": a role given again after "like / aka" restates the role said before
  readRestatedRoles(state);
  // "account execs / sales reps", "sales people - AEs, BDRs": titles of the function said with them restate it
  readRestatedRoleLists(state);
  // "who does sales / biz dev": a function joined to another name of itself is one function
  readRestatedFunctions(state);
  // a likeness word governing a name ("companies like X", "X's competitors"): asked back, never X itself
  readSimilarNames(state);
  // 16c. a word of merit no reader took ("the best leads", "what's hot"): asked with the measures the data ranks by
  readEvaluativeWords(state, discourse);
  // "the ceo s": a lone "s" after a noun is its plural ending
  readStrayPlurals(state);
  // a word no reader took, listed with company names: a company the data does not hold, said in the answer
  readAbsentListedNames(state);
  // 17. numbers, leftover themes after "in"; the rest is reported as ignored
  // "properly big": an intensifier typed before an adjective is no slip of a theme word ("property")
  releaseIntensifierSlips(state);
  const { ignored, ignoredAt } = readLeftoverWords(state, discourse);
  // the members of a list of themes read only now ("companies in hospitality, food and beverage or travel")
  readThemeLists(state);
  for (let j = ignoredAt.length - 1; j >= 0; j--)
    if (claimed[ignoredAt[j] ?? -1] === true) {
      ignored.splice(j, 1);
      ignoredAt.splice(j, 1);
    }
  // "that offshore energy show ..., osea": words the one named event's own text says describe it
  releaseDescribedEvent(state, ignored, ignoredAt);
  // "zurich insurance? the swiss one": a description picking which company of a name is meant, no condition
  releaseNameDescriptors(state, ignored, ignoredAt);
  // "osea or something": a hedge after a name typed from memory
  releaseNameHedges(state, ignored, ignoredAt);
  // "the digital marketing world forum asia thing": a general noun heading a name names it again
  releaseNameHeadNouns(state, ignored, ignoredAt);
  // "the chief technology officer role", "the Suntec venue": a general noun of the kind of the mention beside it
  releaseKindNouns(state, ignored, ignoredAt);
  // "which events use Suntec as their venue": a verb of using or having before a value that "as <their> N" restates
  releaseRestatedLinks(state, ignored, ignoredAt);
  // "a food show sometime this autumn", "somewhere in Asia": an adverb of an unspecified time or place before one said
  releaseIndefiniteAdverbs(state, ignored, ignoredAt);
  // "what security events are coming up? cyber/infosec": theme words saying the question's theme again
  releaseRestatedThemes(state, ignored, ignoredAt);
  // "carriers and other aviation companies": a kind no reader placed, said to be among the noun's rows
  releaseKindsOfOthers(state, ignored, ignoredAt);
  // 18. over the mentions
  mentions.sort((a, b) => a.start - b.start);
  // "events in asia, i mean singapore": the value after the restatement's marker is the one meant
  // ("i mean tiktok specifically": a focus adverb beside the value points at it)
  dropRestatedBefore(
    mentions,
    w,
    restated,
    clauseStarts(text, w.length),
    (x) => CLOSED_CLASS_WORDS.has(x) || FILLER_WORDS.has(x),
  );
  // "airline companies? i mean companies whose industry is airlines & aviation": the attribute's value meant replaces it
  replaceRestatedAttributes(mentions, w, restated, clauseStarts(text, w.length));
  // "february 2025 obviously, not this year": a negated period sharing no day with the one kept rejects a reading
  dropRejectedPeriods(mentions, clauseStarts(text, w.length));
  // "the biggest contact lists": a superlative of size before a noun of the people held ranks by their number
  readLargestContactCounts(mentions, w);
  // "darktrace execs, VP level and up": levels said exactly right after a vaguer people noun replace it
  dropRestatedLevelNouns(mentions, clauseStarts(text, w.length));
  // "(where the person sits)": the places said elsewhere are the owner's the clause names
  ownPlaces(mentions, ownerClauses);
  // "how many events in Q4 2024 and how many in Q1 2025": one count per value, before the periods are joined
  readRepeatedCounts(mentions);
  // "events in both 2024 and 2025": no event starts in both, asked about
  askBothPeriodsOfEvents(mentions);
  joinListedPeriods(mentions);
  // "banks and other companies sponsoring X": the kind is among the noun's rows, no condition of its own
  dropKindAndOthers(mentions);
  // "by how they're involved: how many sponsors, partners, exhibitors": the relations listed are the grouping's rows
  dropGroupedRelationLists(mentions);
  // a parenthetical naming the same kind of value as its noun phrase restates it ("cybersecurity vendors (computer &
  // network security industry)"): its value alone
  dropRestatedValues(mentions, text, w);
  // "in the states or canada? anything north american basically": a looser place summing up the list, no second one
  dropRestatedPlaces(mentions, w, state.breaks, state.claimed, ignored, ignoredAt);
  // ... and "(by industry)" after a theme and its noun says the theme's field, no grouping
  dropRestatedFields(mentions, text, w);
  // ... as does "by industry" ending a clause after "are <theme> <noun>" ("which are food companies by industry")
  dropRestatedPredicateFields(mentions, w, state.breaks);
  // "coming up or past", "ongoing or upcoming": time states listed together are their union, never intersected
  joinListedStates(mentions, asOf);
  // a place or a year typed beside an event's name: part of the name, or the edition asked for
  readEventNameParts(state);
  // "the 2025 edition of GSTC", "GSTC's 25 edition": a year with a noun of an event's holding is the name's year
  readEditionYears(state, ignored, ignoredAt);
  // "the hotel conference AHICE": a theme right before an event's name describes the event, no filter of its own
  readEventDescriptors(state);
  // "GSTC 2025 - the space tech convention", "worldchefs (the chefs thing in october)": a description set off after
  // an event's name restates it when every part fits the event, and is asked about when one does not
  readEventAppositives(state, ignored, ignoredAt);
  // "events in the next six months, don't need the 2025 stuff": a period left out at one end of the window cuts it
  mentions.sort((a, b) => a.start - b.start);
  trimExcludedPeriods(mentions, w, claimed, ignored, ignoredAt);
  // "that undersea cable conference at suntec in september": a definite description of one event, checked against
  // every event's text, tags, venue and dates together; the one that fits is the event meant (several asked about)
  readEventDescriptions(state, ignored, ignoredAt);
  readUnknownThemesAsEvent(state, ignored, ignoredAt);
  // "the swedish electric car brand", "the dutch shipbuilder sponsoring X": a definite description of one company,
  // checked against every company's country, size, events and own words; the one that fits is the company meant
  readCompanyDescriptions(state, ignored, ignoredAt);
  // "the digital marketing world forum asia thing": a general noun heading a name names it again (once a place or a
  // year typed beside the name is part of it)
  releaseNameHeadNouns(state, ignored, ignoredAt);
  // a seniority before a noun of companies or events describes nothing there ("senior companies"): asked about
  readMisplacedSeniority(mentions);
  // a name of a company and an event joined to another name is of that name's kind ("both aviation fest and dmwf")
  settleCoordinatedNames(mentions);
  // "directors at far east hospitality": of the companies a name fits, the one with people, asked about people
  settleNamesByPeople(mentions, index);
  // "at the pan pacific or sheraton or other hotels": more venues of a kind the data does not hold, asked about
  readOtherVenues(mentions, tokens);
  // recognised but not representable: reported like unread words until the parser asks about them
  for (const m of mentions) if (m.t === 'unclear') ignored.push(m.text);
  mentions.sort((a, b) => a.start - b.start);
  // "exhibiting, sponsoring or otherwise attending": the list is any relation
  readOtherwiseLists(mentions, w, ignored);
  mergeRelationLists(mentions, w);
  // "trade shows, conferences and fairs": kinds of events listed are one noun of events
  mergeEventNounLists(mentions);
  // "partners and sponsors of X, two lists pls": the relation shown
  readSeparateLists(mentions, tokens, ignored);
  // "contacts in japan, india and korea, each separately": one row per value listed
  readSeparateValues(mentions, tokens, ignored);
  // "the partners for X and the sponsors too": both relations at X
  mergeTrailingRelationNouns(mentions);
  // "how many sponsors, partners and exhibitors": a count per relation
  readCountedRelationLists(mentions);
  // "directors and VPs at X, how many of each": a count per value listed
  readCountOfEachListed(mentions, tokens);
  // "involved in X, whether they're sponsors, partners or speakers": the ways of taking part that count
  readWhetherRelations(mentions, w);
  readAsRoles(mentions, w);
  // "japanese food events": the cuisine's people, not the events' country
  readDemonymThemes(mentions);
  readDemonymPeople(mentions, state.breaks);
  readCoordinatedNames(mentions, index);
  readAnswerShapes(mentions, tokens, ignored);
  // "biggest revenue first": the column's sort order, not a superlative
  readSplitSortOrders(mentions, tokens, ignored);
  // "just the venue and URL columns": the fields shown
  readColumnNouns(mentions, tokens, ignored);
  // "where do most attendees come from": the country most of them have
  readPlaceOfMost(mentions, tokens);
  // "where's Google showing up": the events a named company takes part in, not its address
  readWhereTakingPart(mentions);
  // "sales vs marketing headcount at X": the number of those people, not the company's stated size
  readRoleHeadcounts(mentions);
  // 19. unknown names
  const unclear = mentions.flatMap((m) =>
    m.t === 'unclear' && (m.options.length > 0 || m.choices !== undefined)
      ? [
          {
            text: m.text,
            why: m.why,
            options: m.options,
            choices: m.choices ?? [],
            ...(m.asIs ? { asIs: true as const } : {}),
          },
        ]
      : [],
  );
  return {
    tokens,
    mentions,
    ignored,
    unknownNames: unknownNames(tokens, mentions, ignoredAt),
    unknownTopics,
    unclear,
    discourse: new Set(discourse.flatMap((x, k) => (x ? [k] : []))),
  };
}
