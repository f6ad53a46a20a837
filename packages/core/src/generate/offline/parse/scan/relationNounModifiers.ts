/**
 * "the speaker companies at ITAP", "sponsor firms of X", "exhibitor brands": a relation noun standing before a plain
 * noun of companies modifies it, as a noun before a noun does ("hotel companies"): the two are ONE set, the companies
 * in that relation, and what follows ("at ITAP") is where they hold it. Read as two nouns, the first became its own
 * node (speakers anywhere) linked to the companies at the event, so the relation was lost at the event named.
 * Runs over the mentions once the lexicon has read the nouns.
 */
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** True when a mention is a noun of companies in a relation ("speaker", "sponsors"). */
function relationNoun(m: Mention): m is Extract<Mention, { t: 'entity' }> {
  return m.t === 'entity' && m.entity === 'companies' && m.relations !== null && m.relations.length > 0;
}

/** True when a mention is a plain noun of companies ("companies", "firms", "cos"). */
function plainCompanies(m: Mention): boolean {
  return m.t === 'entity' && m.entity === 'companies' && m.relations === null;
}

export function readRelationNounModifiers(s: ScanState): void {
  const { mentions } = s;
  for (const first of [...mentions]) {
    if (!relationNoun(first)) continue;
    const head = mentions.find((m) => m.start === first.end && plainCompanies(m));
    if (!head) continue;
    mentions.splice(mentions.indexOf(head), 1);
    first.end = head.end;
    first.text = `${first.text} ${head.text}`;
  }
}
