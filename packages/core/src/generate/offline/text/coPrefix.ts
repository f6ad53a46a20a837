/**
 * "co-located", "co-locating", "co-location": the prefix "co-" hyphened on a verb of place is one word
 * ("colocated"). Read apart, "co" was the shorthand of "company" ("company located with X": companies taking part in
 * X), an answer to another question.
 */
const CO_PLACED = /\b(co)\s*-\s*(locat(?:ed|es|e|ing|ion))\b/gi;

/**
 * @example joinCoPrefix('events co-located with X') // 'events colocated with X'
 */
export function joinCoPrefix(text: string, onRead: (from: string, to: string) => void = () => undefined): string {
  return text.replace(CO_PLACED, (match: string, co: string, verb: string) => {
    const to = `${co}${verb}`;
    onRead(match, to);
    return to;
  });
}
