import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { tokenize } from '../text/tokenize';
import { realFixture, type Fixture } from '../testkit';
import { detectSpeculation } from './detectSpeculation';

/** Forecasts and the assistant's opinion about the future are refused; dated facts and polite requests are not. */
const SPECULATION: readonly string[] = [
  "tell me which companies you think will sponsor next year's cloud expo",
  'which companies do you think will sponsor Seamless Asia 2025',
  'who do u reckon is gonna exhibit at ITB Asia',
  'predict which companies will exhibit at the next Cloud Expo Asia',
  'can you guess who will sponsor Aviation Festival Asia next year',
  'forecast the number of exhibitors at ITB Asia next year',
  "what are your predictions for next year's sponsors of GSTC",
  'in your opinion, which events will be the biggest next year?',
  "what's your best guess for who'll partner with Seamless Asia",
  'which sponsors are likely to return to Seamless Asia next year',
  'which companies are most likely to sponsor cyber security summit singapore',
];
/** Yes/no questions about what someone will do, when the question names nothing of the data. */
const WILL_THEY: readonly string[] = ['will they sponsor again next year?', 'would they come back as exhibitors?'];

const ANSWERABLE: readonly string[] = [
  'events that will take place next year',
  'which events will be held in Singapore in 2025',
  'which companies will sponsor Aviation Festival Asia 2025',
  'which companies will be at Seamless Asia 2025',
  'do you think you could list the sponsors of Aviation Festival Asia 2025',
  'could you list the events that will happen in october',
  'I think Seamless Asia 2025 has sponsors, who are they?',
  'which events should your team take part in next year',
];

describe('speculation about the future is refused, naming what cannot be answered', () => {
  it.each(SPECULATION)('%s', (q) => {
    const r = detectSpeculation(tokenize(q));
    expect(r?.code).toBe('OUT_OF_SCOPE');
    expect(r?.message).toMatch(/forecast or an opinion/);
  });

  it.each(ANSWERABLE)('a dated fact or a request stays a question: %s', (q) => {
    expect(detectSpeculation(tokenize(q))).toBeNull();
  });

  it.each(WILL_THEY)('%s: refused when nothing of the data is named', (q) => {
    expect(detectSpeculation(tokenize(q), false)?.code).toBe('OUT_OF_SCOPE');
  });
});

describe.skipIf(!hasRealData)('speculation on the real data', () => {
  warnIfNoRealData('detectSpeculation');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([...SPECULATION, ...WILL_THEY])('refused: %s', (q) => {
    expect(f.ask(q).kind).toBe('refusal');
  });

  it('a yes/no "will they" about a named, dated event is about its listed participants', () => {
    const r = f.ask(
      'which companies sponsor Aviation Festival Asia 2025?',
      'will they be at Aviation Festival Asia 2025?',
    );
    expect(r.kind).not.toBe('refusal');
  });

  it.each(ANSWERABLE.slice(0, 6))('answered with rows: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    expect(r.kind === 'sql' ? r.rows.length : 0).toBeGreaterThan(0);
  });
});
