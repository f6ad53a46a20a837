import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';
import { scanMentions } from './scanMentions';

describe('guesses at the answer and remarks on the question (demo data)', () => {
  const demo = demoScanner();

  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // questions of this test's own, not from an evaluation set: the guess and the remark add nothing to the ask
  it.each([
    ['are there events in japan or india? or is it all germany haha', 'are there events in japan or india?'],
    [
      'any companies from france at events? or are they mostly from singapore lol',
      'any companies from france at events?',
    ],
    ['which events are in october? or is it just the summer ones', 'which events are in october?'],
    ['this is probably a silly question but how many events are in japan', 'how many events are in japan'],
    ['ok so this might be an odd one but which companies are in germany?', 'which companies are in germany?'],
    ['this might be a dumb q - which events are in october?', 'which events are in october?'],
    ['fairly random question: which events are in october?', 'which events are in october?'],
    // the subject left out before the modal, as typed
    ['might be a silly q but which companies are in germany', 'which companies are in germany'],
    ['could be an odd ask - which events are in october?', 'which events are in october?'],
    // a free closer ending a list of two or more values: the list stays, the closer names nothing
    ['sales people in japan, korea, whatever', 'sales people in japan, korea'],
    ['companies in france or germany etc', 'companies in france or germany'],
    ['which directors or vps are in japan, korea etc', 'which directors or vps are in japan, korea'],
    // on behalf of someone: what the clause says describes that person
    ['which events are in october? asking for a shipping client', 'which events are in october?'],
    ['which events are in october? asking for my brother who loves fast cars lol', 'which events are in october?'],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    // an alternative that is no guess at the answer ("or which ones are in India") is read as asked
    ['are there events in japan? or which companies are in india', 'companies'],
    // one value and a closer ("and the like": which others?) is asked back
    ['companies in japan etc', 'etc'],
    // values of two kinds (a level, a place) would be two conditions: asked back (a list of roles of one level is
    // one union: acceptedRoleLists.test.ts)
    ['marketing people in singapore? vp, japan, whatever', 'whatever'],
    // a modal and "be" opening an ask is no remark on the question
    ['might be a vegan event in october?', 'vegan'],
    // a clause that is not about the question itself keeps its words
    ['this is a vegan event list, which events are in october?', 'vegan'],
    // a clause on behalf of someone that names a thing of the data by name keeps it
    ['which events are in october? asking for a client in japan', 'japan'],
  ])('%j keeps its words (%s)', (question, word) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    const kept = [...scan.ignored, ...scan.mentions.map((m) => m.text)].map((x) => x.toLowerCase());
    expect(kept.join(' ')).toContain(word);
  });
});
