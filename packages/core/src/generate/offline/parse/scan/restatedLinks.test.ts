import { describe, expect, it } from 'vitest';
import { demoScanner, interpretationOf } from '../../testkit';

/** A verb of using or picking a value that "as <their> N" restates only links it (demo data, words of its own). */
describe('verbs linking a value restated after "as" (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    'which events use Suntec as their venue',
    'events that utilize Suntec as the venue',
    'events that chose Suntec as a venue',
  ])('%s reads as having Suntec as their venue', (q) => {
    const expected = read('which events have Suntec as their venue');
    expect(expected).toMatch(/Suntec/);
    expect(read(q)).toBe(expected);
  });

  it('reads a more general noun of the value\'s kind after "as" ("location" of a venue)', () => {
    expect(read('which events picked Suntec as their location')).toBe(
      read('which events have Suntec as their location'),
    );
  });

  it.each(['events that dropped Suntec as their venue', 'events that left Suntec as their venue'])(
    '%s is asked about: the verb may undo the link',
    (q) => {
      expect(read(q)).toBe('clarify');
    },
  );

  it('asks about a verb of using with no noun of the value\'s kind after "as"', () => {
    expect(read('which events use Suntec as their sponsor')).not.toBe(read('which events have Suntec as their venue'));
  });
});
