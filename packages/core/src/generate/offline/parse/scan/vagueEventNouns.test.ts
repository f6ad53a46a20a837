import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../ir/Request';
import { VAGUE_NOUNS } from '../../lexicon/vagueNounWords';
import { demoScanner, sql } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { LEXICON } from '../lexiconTable';
import { readVagueEventNouns, readVagueEventReferents } from './vagueEventNouns';

/**
 * A vague noun after a theme, as what is attended, is that theme's events (demo data): each vague noun after each
 * kind of verb of taking part runs the SQL of "<theme> events"; elsewhere the word is left as typed.
 */
describe('a vague noun after a theme of what is attended', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): { sql: string; params: readonly unknown[] } => {
    const a = demo.fixture().ask(q);
    if (a.kind !== 'sql') throw new Error(`${q}: ${a.kind}`);
    return { sql: a.sql, params: a.params };
  };
  const theme = (): string => {
    const labels = [...demo.fixture().oracle(`SELECT label FROM tags ORDER BY label`)].map(String);
    const one = labels.find((l) => /^[A-Za-z]+$/.test(l));
    if (!one) throw new Error('no one-word tag in the demo data');
    return one.toLowerCase();
  };

  for (const [noun, events] of VAGUE_NOUNS)
    it(`"${noun}" after a theme and a verb of taking part is ${events}`, () => {
      const t = theme();
      for (const verb of ['companies attending', 'companies going to', 'sponsors at', 'people at companies sponsoring'])
        expect(sqlOf(`${verb} ${t} ${noun}`), `${verb} ${t} ${noun}`).toEqual(sqlOf(`${verb} ${t} ${events}`));
    });

  const norms = (q: string): string[] => {
    const tokens = tokenize(q);
    readVagueEventNouns(tokens);
    return tokens.map((x) => x.norm);
  };

  it('a vague noun with no verb of taking part before it, or closing a list, stays as typed', () => {
    expect(norms('what stuff do they make')).toContain('stuff');
    // a definite one names one event as typed ("the afa thing"), left to the readers of loose names
    expect(norms('who sponsors the afa thing')).toContain('thing');
    expect(norms('companies attending fintech events and stuff')).toEqual(
      tokenize('companies attending fintech events and stuff').map((x) => x.norm),
    );
    expect(norms('companies attending cybersecurity stuff')).toEqual([
      'companies',
      'attending',
      'cybersecurity',
      'events',
    ]);
  });
});

/**
 * A plural vague noun after a preposition in a question about events alone is those events ("avg event length in days
 * for stuff in singapore": blind33 j082 read people in Singapore); after a noun of companies or people it stays.
 */
describe('a vague noun over the events asked about', () => {
  const nounOf = (x: string): EntityKind | null => LEXICON.get(x)?.find((r) => r.t === 'entity')?.entity ?? null;
  const read = (text: string): string => {
    const tokens = tokenize(text);
    readVagueEventReferents(tokens, nounOf);
    return tokens.map((t) => t.norm).join(' ');
  };

  it('after an event noun: the events', () => {
    expect(read('avg event length in days for stuff in singapore')).toBe(
      'avg event length in days for events in singapore',
    );
  });

  it.each(['companies for stuff in singapore', 'people among things in singapore', 'stuff in singapore'])(
    '%s: left as typed',
    (text) => {
      expect(read(text)).toBe(
        tokenize(text)
          .map((t) => t.norm)
          .join(' '),
      );
    },
  );

  const { fixture } = demoScanner();
  it('asks what the noun of events asks', () => {
    expect(sql(fixture().ask('avg event length in days for stuff in singapore'))).toBe(
      sql(fixture().ask('avg event length in days for events in singapore')),
    );
  });
});
