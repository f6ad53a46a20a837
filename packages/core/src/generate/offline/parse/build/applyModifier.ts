/** Modifier mentions (a function, a place, a theme, a name, a condition) applied to the node they describe. */
import type { Cond, EntityKind } from '../../ir/Request';
import { industriesOfKind } from '../industryKinds';
import { alternativeWords, matchTopic } from '../matchTopic';
import type { Mention } from '../Mention';
import { addCond } from './addCond';
import type { BuildState } from './BuildState';
import type { Draft } from './Draft';
import { applyCondTo, ensureFrom } from './graph';

/** A theme: event tags (or event text) for events, industries for companies. */
function topicCond(s: BuildState, allWords: string[], kind: EntityKind): Cond {
  const m = matchTopic(allWords, s.index);
  const words = allWords.filter((x) => x !== 'and' && x !== 'or');
  const label = words.join(' ');
  if (kind === 'events' || kind === 'participations') {
    // a theme narrower than any tag ("fintech") is the events saying it, or of a tag that is a kind of it
    const narrower = {
      ...(m.mentioning ? { mentioning: [...m.mentioning] } : {}),
      ...(m.withTag ? { withTag: { ...m.withTag, tags: [...m.withTag.tags] } } : {}),
    };
    return m.tags.length > 0 || m.mentioning || m.withTag
      ? { kind: 'tag', tags: m.tags, label: m.tagLabels.join(' / '), negate: false, ...narrower }
      : { kind: 'text', words, label, negate: false };
  }
  // "hotel": a kind the data's taxonomy classes under a head industry says so, since the head's companies answer it
  const kindOf = words.length === 1 ? industriesOfKind(words[0] ?? '', s.index) : null;
  if (kindOf)
    return {
      kind: 'industry',
      industries: m.industries,
      words,
      label: `${label}, classed under ${kindOf.head}`,
      negate: false,
    };
  // "airline and aerospace": the conjunction stays in the words shown (each conjunct names industries); of
  // alternatives, the words that open each one's phrase do not ("software or are banks": software or banks)
  const shown = allWords
    .join(' ')
    .split(/\bor\b/)
    .map((part) =>
      alternativeWords(part.split(' ').filter(Boolean), s.index)
        .join(' ')
        .replace(/\s+and$/, ''),
    )
    .filter(Boolean)
    .join(' or ');
  return { kind: 'industry', industries: m.industries, words, label: shown, negate: false };
}

/** True when a theme's words name some industry of the data (by the theme matcher, or all words of one industry's). */
export function namesIndustry(s: BuildState, allWords: string[]): boolean {
  if (matchTopic(allWords, s.index).industries.length > 0) return true;
  const words = allWords.filter((x) => x !== 'and' && x !== 'or');
  return s.index.industries.some((i) => words.every((x) => i.tokens.includes(x)));
}

/** Applies a modifier mention (premodifier or postmodifier) to a node. */
export function applyModifier(s: BuildState, d: Draft, m: Mention, negate: boolean): void {
  switch (m.t) {
    case 'function':
      applyCondTo(s, d, { kind: 'jobFunction', values: m.values, negate, ...(m.all ? { all: true } : {}) });
      break;
    case 'seniority':
      applyCondTo(s, d, {
        kind: 'seniority',
        values: m.values,
        negate,
        ...(m.orFunctions ? { orFunctions: [...m.orFunctions] } : {}),
        ...(m.orTitles ? { orTitles: structuredClone(m.orTitles) } : {}),
        ...(m.ofFunctions ? { ofFunctions: [...m.ofFunctions] } : {}),
      });
      break;
    case 'title':
      applyCondTo(s, d, {
        kind: 'title',
        label: m.word.label,
        patterns: [...m.word.patterns],
        exclude: [...(m.word.exclude ?? [])],
        negate,
      });
      break;
    case 'topic': {
      const kind = d.entity === 'people' ? 'companies' : d.entity;
      const host = kind === d.entity ? d : ensureFrom(s, d, 'companies');
      if (kind === 'companies' && !namesIndustry(s, m.words)) {
        // "the dmwf sponsors": a theme no industry has but events do is the theme of the companies' events
        addCond(ensureFrom(s, host, 'events'), { ...topicCond(s, m.words, 'events'), negate } as Cond);
        break;
      }
      addCond(host, { ...topicCond(s, m.words, kind), negate } as Cond);
      break;
    }
    case 'country':
      addCond(d.entity === 'participations' ? ensureFrom(s, d, 'events') : d, {
        kind: 'country',
        values: m.names,
        negate,
        label: m.names.length > 3 ? `${m.text} (${m.names.length} countries)` : m.names.join(' or '),
      });
      break;
    case 'city':
      addCond(d.entity === 'participations' ? ensureFrom(s, d, 'events') : d, {
        kind: 'city',
        values: [...m.values],
        negate,
      });
      break;
    case 'state':
      // events are placed in a state by their city (they have no state column)
      if (d.entity === 'events' || d.entity === 'participations')
        addCond(d.entity === 'participations' ? ensureFrom(s, d, 'events') : d, {
          kind: 'state',
          values: m.values,
          label: m.label,
          negate,
          cities: m.cities,
        });
      else addCond(d, { kind: 'state', values: m.values, label: m.label, negate });
      break;
    case 'venue':
      applyCondTo(s, d, {
        kind: 'venue',
        patterns: m.hit.patterns,
        label: m.hit.label,
        negate,
        ...(m.hit.group === undefined ? {} : { group: m.hit.group }),
      });
      break;
    case 'cond':
      applyCondTo(s, d, m.cond);
      break;
    case 'event': {
      const ev = d.entity === 'events' ? d : ensureFrom(s, d, 'events');
      addCond(ev, { kind: 'ids', entity: 'events', ids: [...m.hit.ids], names: [...m.hit.names] });
      s.seenEventIds.push(...m.hit.ids);
      break;
    }
    case 'company': {
      const co = d.entity === 'companies' ? d : ensureFrom(s, d, 'companies');
      addCond(co, { kind: 'ids', entity: 'companies', ids: [...m.hit.ids], names: [...m.hit.names] });
      break;
    }
    default:
      break;
  }
}

/** The premodifiers waiting for their noun, applied to it. */
export function flushPre(s: BuildState, d: Draft): void {
  const pre = s.pendingPre;
  s.pendingPre = [];
  for (const m of pre) applyModifier(s, d, m, s.negatedPre.has(m));
}
