import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture, type Asked } from '../../testkit';

/** The options a clarification offered, by label (throws when the question was answered or refused). */
function optionLabels(asked: Asked | undefined): string[] {
  if (asked?.kind !== 'clarify') throw new Error(`not asked back: ${asked?.kind ?? 'nothing'}`);
  return asked.clarification.options.map((o) => o.label);
}

/** The interpretation of an answered question (throws otherwise). */
function understood(asked: Asked | undefined): string {
  if (asked?.kind !== 'sql') throw new Error(`not answered: ${asked?.kind ?? 'nothing'}`);
  return asked.interpretation;
}

/**
 * A verb of working together with a company as its object (real data: the company Dyson): the data holds no dealings
 * between companies, so it is asked back with the readings it does hold, and the one chosen answers.
 */
describe.skipIf(!hasRealData)('working with a company (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'collaborationVerbs');
  const employed = 'the people working at Dyson';
  const sameEvents = 'those taking part in the same events as Dyson';

  it.each(['who is working with dyson?', 'who works with Dyson', 'people working with dyson'])(
    '"%s" offers its staff and the companies at its events',
    (q) => {
      const labels = optionLabels(scanned.f?.ask(q));
      expect(labels).toContain(employed);
      expect(labels).toContain(sameEvents);
    },
  );

  it.each([
    'which companies work with dyson',
    'who collaborates with dyson',
    'companies teaming up with Dyson',
    // "partner" is a relation to events: with a company it is working together
    'who is partnering with dyson',
  ])(
    '"%s": a noun of companies, or a verb saying nothing of employment, offers only the companies at its events',
    (q) => {
      const labels = optionLabels(scanned.f?.ask(q));
      expect(labels).toContain(sameEvents);
      expect(labels).not.toContain(employed);
    },
  );

  it('a name an event holds too stays the event of the relation ("companies partnering with ahice")', () => {
    expect(understood(scanned.f?.ask('companies partnering with ahice'))).toContain('partners of events named AHICE');
  });

  it('the reading chosen answers it', () => {
    const f = scanned.f;
    if (!f) return;
    expect(understood(f.ask('who is working with dyson?', employed))).toContain(
      'people working at companies named Dyson',
    );
    expect(understood(f.ask('who is working with dyson?', sameEvents))).toContain(
      'in events with companies named Dyson',
    );
  });
});
