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
  // business English's "the finance function": WordNet files "function" as an activity or a ceremony, never a group;
  // its only reader (`parse/scan/functionGroups.ts`) asks right after a job function, where it is the department
  it.each(['function', 'functions'])('%s names a body of people (business English, BUSINESS_BODY_NOUNS)', (word) => {
    expect(isBodyOfPeople(word)).toBe(true);
  });

  it.each(['industry', 'sector', 'market', 'conference', 'group', 'people', 'events', 'xyzzy'])(
    '%s does not',
    (word) => {
      expect(isBodyOfPeople(word)).toBe(false);
    },
  );
});
