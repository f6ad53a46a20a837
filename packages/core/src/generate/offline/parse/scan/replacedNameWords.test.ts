import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture } from '../../testkit';

/**
 * An event's name typed with one word replaced (real data: Submarine Networks World 2024): read as the event when the
 * typed word is near the name's ("subsea" for "submarine"), asked about with the event as the option otherwise, never
 * a question back with no option.
 */
describe.skipIf(!hasRealData)('an event name with one word replaced (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'replacedNameWords');

  it('a near word (one split in two, the rest with a slip) is the event', () => {
    const f = scanned.f;
    if (!f) throw new Error('no fixture');
    const asked = f.ask('cos NOT from the US sponsoring subsea networks wrld');
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' && asked.interpretation).toContain('Submarine Networks World 2024');
  });

  it.each([
    // no part of the name found the event: its other words around the typed one
    ['speakers at the martek summit asia', 'sql', 'The MarTech Summit Asia'],
    ['sponsors at yummy drink expo', 'clarify', 'Yummy Food Expo 2024'],
  ])('%s: %s naming %s', (q, kind, name) => {
    const f = scanned.f;
    if (!f) throw new Error('no fixture');
    const asked = f.ask(q);
    expect(asked.kind).toBe(kind);
    const said =
      asked.kind === 'sql'
        ? asked.interpretation
        : asked.kind === 'clarify'
          ? asked.clarification.options.map((o) => o.label).join(' ')
          : '';
    expect(said).toContain(name);
  });

  it('another word is asked about with the event as the option', () => {
    const f = scanned.f;
    if (!f) throw new Error('no fixture');
    const asked = f.ask('sponsors of undersea networks world');
    expect(asked.kind).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    expect(asked.clarification.options.map((o) => o.label).join(' ')).toContain('Submarine Networks World 2024');
  });
});
