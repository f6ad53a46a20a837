import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import type { Mention } from '../Mention';
import { readNameWordsBeside } from './nameWordsBeside';
import { createScanState } from './ScanState';

/** A scan state whose tokens [start, end) were read as an event with the given names (no index needed). */
function stateWith(question: string, start: number, end: number, names: string[]) {
  const s = createScanState(tokenize(question), {} as ValueIndex, '2024-07-15');
  const m: Mention = {
    start,
    end,
    text: s.tokens
      .slice(start, end)
      .map((t) => t.raw)
      .join(' '),
    t: 'event',
    hit: { ids: [1], names, quality: 1, needsCaps: false },
  };
  s.mentions.push(m);
  for (let k = start; k < end; k++) s.claimed[k] = true;
  return { s, m };
}

describe('words of a found name typed beside it', () => {
  it('takes a free word before the found part when every found name has it', () => {
    // "the big quantum robotics thing": "quantum robotics" found the event, "big" is its own first word
    const { s, m } = stateWith('sponsors of the big quantum robotics thing', 4, 6, ['Big Quantum Robotics Expo']);
    readNameWordsBeside(s);
    expect([m.start, m.end]).toEqual([3, 6]);
    expect(s.claimed[3]).toBe(true);
    expect(s.claimed[6]).toBe(false);
  });

  it('takes a word after it too, and leaves a word not in every name', () => {
    const { s, m } = stateWith('big quantum robotics expo sponsors', 1, 3, [
      'Big Quantum Robotics Expo',
      'Quantum Robotics Expo Asia',
    ]);
    readNameWordsBeside(s);
    // "expo" is in both names, "big" only in one
    expect([m.start, m.end]).toEqual([1, 4]);
    expect(s.claimed[0]).toBe(false);
  });

  it('never takes a word another mention has read', () => {
    const { s, m } = stateWith('big quantum robotics', 1, 3, ['Big Quantum Robotics']);
    s.claimed[0] = true;
    readNameWordsBeside(s);
    expect(m.start).toBe(1);
  });
});

describe('a company found by a word typed beside it that its found names lack', () => {
  // companies of their own: "Riverton" finds two; the word typed after it narrows to the one holding both in order
  const index = {
    named: [
      { kind: 'company', name: 'University of Riverton', ids: [1], domain: null },
      { kind: 'company', name: 'City of Riverton', ids: [2], domain: null },
      { kind: 'company', name: 'Riverton County Council', ids: [3], domain: null },
      { kind: 'company', name: 'Riverton Harbour Board', ids: [4], domain: null },
      { kind: 'company', name: 'Harbour Board Partners', ids: [5], domain: null },
    ],
  } as unknown as ValueIndex;
  const read = (question: string, start: number, names: string[]): Mention | undefined => {
    const s = createScanState(tokenize(question), index, '2024-07-15');
    const m: Mention = {
      start,
      end: start + 1,
      text: s.tokens[start]?.raw ?? '',
      t: 'company',
      hit: { ids: [1, 2], names, quality: 2, needsCaps: false },
    };
    s.mentions.push(m);
    s.claimed[start] = true;
    readNameWordsBeside(s);
    return m;
  };

  it.each([
    ['the chief exec at riverton council', 4, 'Riverton County Council'], // "county" left out
    ['emails for riverton harbour staff', 2, 'Riverton Harbour Board'],
    ['who is at riverton board', 3, 'Riverton Harbour Board'],
  ])('%s: %s', (q, start, name) => {
    const m = read(q, start, ['University of Riverton', 'City of Riverton']);
    expect(m?.t === 'company' && m.hit.names).toEqual([name]);
  });

  it.each([
    ['people at riverton today', 2], // a word no name holds after it: left as it was
    ['people at riverton and partners', 2], // a filler word after it is no word of a name
  ])('%s: unchanged', (q, start) => {
    const m = read(q, start, ['University of Riverton', 'City of Riverton']);
    expect(m?.t === 'company' && m.hit.names).toEqual(['University of Riverton', 'City of Riverton']);
  });
});
