import { describe, expect, it } from 'vitest';
import { labellingVerb } from './labellingVerbs';

describe('verbs of labelling, marking, ranking or assigning, by WordNet', () => {
  it.each([
    'flag',
    'flagging',
    'tag',
    'label',
    'bump',
    'demote',
    'promote',
    'upgrade',
    'downgrade',
    'star',
    'classify',
  ])('%s gives rows a label, a mark, a rank or a post', (word) => expect(labellingVerb(word)).toBe(true));

  it.each(['show', 'list', 'give', 'pull', 'grab', 'sort', 'group', 'count', 'name', 'describe', 'filter', 'zorblax'])(
    '%s does not',
    (word) => expect(labellingVerb(word)).toBe(false),
  );
});
