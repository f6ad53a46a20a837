/**
 * Short or informal theme words and the words industries and tags use for them ("tech" -> "technology"). A
 * synonym of several words is one phrase, matched whole ("artificial intelligence" is not "Business Intelligence").
 */
export const TOPIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  tech: ['technology', 'software', 'internet', 'information'],
  biotech: ['biotechnology'],
  fintech: ['financial', 'fintech', 'banking'],
  banks: ['banking'],
  auto: ['automotive', 'motor'],
  cars: ['automotive', 'motor'],
  telco: ['telecommunications'],
  telecom: ['telecommunications'],
  edtech: ['education', 'e-learning'],
  ai: ['artificial intelligence', 'machine learning'],
  hospitality: ['hospitality', 'hotels', 'travel'],
  media: ['media', 'broadcast', 'publishing'],
  // the combining form of computers and their networks ("cyber security", "cyber attacks")
  cyber: ['computer', 'network', 'information', 'internet'],
};
