import { describe, expect, it } from 'vitest';
import { RETRACTION_INTERJECTIONS, RETRACTION_PHRASES } from '../lexicon/retractionWords';
import { demoScanner } from '../testkit';
import { withoutRetracted } from './retractions';

/**
 * A self-correction withdraws what came before it: every marker of the lexicon, set off in each way a user types
 * one, leaves only the question after it; the SQL run is the SQL of that question alone (demo data).
 */
describe('self-corrections drop what came before them', () => {
  const asked = 'which events are in singapore';
  const withdrawn = ['avg employees...', 'how many ppl at', 'list the sponsors,'];
  const setOff: readonly ((marker: string) => string)[] = [(m) => ` ${m}, `, (m) => ` ${m} - `, (m) => `. ${m}: `];

  for (const marker of RETRACTION_PHRASES)
    it(`"${marker}" drops the words before it`, () => {
      for (const before of withdrawn)
        for (const set of [...setOff, (m: string) => ` ${m} `])
          expect(withoutRetracted(`${before}${set(marker)}${asked}`).trim(), `${before}${set(marker)}`).toBe(asked);
    });

  for (const marker of RETRACTION_INTERJECTIONS)
    it(`"${marker}" set off as a clause drops the words before it`, () => {
      for (const before of withdrawn)
        for (const set of setOff)
          expect(withoutRetracted(`${before}${set(marker)}${asked}`).trim(), `${before}${set(marker)}`).toBe(asked);
    });

  it('an interjection inside a clause and a marker with nothing after it withdraw nothing', () => {
    for (const q of ['companies on the wait list at x', 'events next week hold on', 'list events, nvm'])
      expect(withoutRetracted(q)).toBe(q);
  });

  it('the last of several corrections wins', () => {
    expect(withoutRetracted('count events, nvm, list companies, scratch that, ' + asked)).toBe(asked);
  });

  const demo = demoScanner();
  it('the SQL run is that of the question after the correction', () => {
    const sqlOf = (q: string): unknown => {
      const a = demo.fixture().ask(q);
      if (a.kind !== 'sql') throw new Error(`${q}: ${a.kind}`);
      return { sql: a.sql, params: a.params };
    };
    const alone = sqlOf(asked);
    for (const marker of [...RETRACTION_PHRASES, ...RETRACTION_INTERJECTIONS])
      expect(sqlOf(`avg employees per company... ${marker}, ${asked}`), marker).toEqual(alone);
  });

  it('the question after a correction may open with steering words before its "which"', () => {
    const f = demo.fixture();
    const [event] = f.oracle(`SELECT name FROM events ORDER BY id LIMIT 1`);
    const plain = f.ask(`which sponsor at ${String(event)} has the most employees`);
    const steered = f.ask(
      `avg employees... nvm, just tell me which sponsor at ${String(event)} has the most employees`,
    );
    if (plain.kind !== 'sql' || steered.kind !== 'sql') throw new Error(`${plain.kind} / ${steered.kind}`);
    expect(plain.interpretation).toMatch(/^companies that are sponsors/);
    expect(steered.sql).toBe(plain.sql);
  });
});
