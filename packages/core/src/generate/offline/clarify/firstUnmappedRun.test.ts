import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { firstUnmappedRun } from './clarifyUnmapped';

const run = (question: string, ignored: string[]): string =>
  firstUnmappedRun(tokenize(question), ignored)
    .map((t) => t.raw)
    .join(' ');

describe('firstUnmappedRun: the part a clarification names', () => {
  it.each([
    // a part of several words is found where its words stand together, not at an earlier "the"
    ["what's the headcount of the zorblax quux builder", ['the zorblax quux builder'], 'the zorblax quux builder'],
    ['is the revenue of the blue widget firm high', ['the blue widget firm'], 'the blue widget firm'],
    ['the size and the age of the plum gadget shop', ['the plum gadget shop'], 'the plum gadget shop'],
    ['what the team says of that grey widget maker', ['that grey widget maker'], 'that grey widget maker'],
    ['show the people at the frobnicating outfit', ['the frobnicating outfit'], 'the frobnicating outfit'],
    // single words are matched as before
    ['events about zorblax', ['zorblax'], 'zorblax'],
  ])('"%s" asks about %j as "%s"', (question, ignored, part) => {
    expect(run(question, ignored)).toBe(part);
  });

  it('matches a part whose words stand nowhere together word by word', () => {
    expect(run('zorblax and then quux', ['zorblax quux'])).toBe('zorblax');
  });
});
