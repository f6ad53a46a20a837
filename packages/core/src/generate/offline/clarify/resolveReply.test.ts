import { describe, expect, it } from 'vitest';
import type { PendingQuestion } from './PendingQuestion';
import { replacePart, resolveReply } from './resolveReply';

const pending: PendingQuestion = {
  question: 'Which companies sponsor events in Australa?',
  part: 'Australa',
  options: [
    { id: 'o1', label: 'the country Australia', replacement: 'australia' },
    { id: 'o2', label: 'the event Australasia Expo', replacement: 'Australasia Expo' },
    { id: 'o3', label: 'leave out "Australa"', replacement: '' },
  ],
};

describe('resolveReply', () => {
  it.each([
    ['o2', 'Which companies sponsor events in Australasia Expo?'],
    ['2', 'Which companies sponsor events in Australasia Expo?'],
    ['option 1', 'Which companies sponsor events in australia?'],
    ['the country Australia', 'Which companies sponsor events in australia?'],
    ['australia', 'Which companies sponsor events in australia?'],
    ['the country', 'Which companies sponsor events in australia?'],
    ['I meant the event', 'Which companies sponsor events in Australasia Expo?'],
    ['leave it out', 'Which companies sponsor events in?'],
    ['3', 'Which companies sponsor events in?'],
    ['I meant Singapore', 'Which companies sponsor events in Singapore?'],
  ])('%s', (reply, question) => {
    expect(resolveReply(pending, reply)?.question).toBe(question);
  });

  it('a bare typed reply is marked typed (it may be a new question); a long one is a new question', () => {
    expect(resolveReply(pending, 'Singapore')).toEqual({
      question: 'Which companies sponsor events in Singapore?',
      typed: true,
    });
    expect(resolveReply(pending, 'how many people work at the largest sponsors of events')).toBeNull();
  });

  it('replaces the part as a whole phrase, in any casing', () => {
    expect(replacePart('who SET UP the most events', 'set up', 'organised')).toBe('who organised the most events');
    expect(replacePart('sets up', 'set up', 'x')).toBe('sets up x');
  });
});
