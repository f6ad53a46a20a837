import { describe, expect, it } from 'vitest';
import { isBodyOfPeople } from './groupNouns';

describe('isBodyOfPeople: groups of people inside an organisation, read through WordNet', () => {
  it.each(['management', 'department', 'division', 'branch', 'workforce', 'personnel', 'crew', 'administration'])(
    '%s names a body of people',
    (word) => {
      expect(isBodyOfPeople(word)).toBe(true);
    },
  );

  // groups of other kinds: an enterprise, a social group at large, customers, a gathering; and no group at all
  it.each(['industry', 'sector', 'market', 'conference', 'group', 'people', 'function', 'events', 'xyzzy'])(
    '%s does not',
    (word) => {
      expect(isBodyOfPeople(word)).toBe(false);
    },
  );
});
