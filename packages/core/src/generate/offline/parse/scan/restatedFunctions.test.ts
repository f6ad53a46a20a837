import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, sql, type Fixture } from '../../testkit';

warnIfNoRealData('restated functions');

describe.runIf(hasRealData)(
  'a function joined to another name of itself; a guess closed by "i think" (real data)',
  () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await realFixture();
    });
    afterAll(() => f.close());

    // "sales / biz dev": one function, never the people at companies that employ people of the second name
    it.each([
      ['who at SAP does sales / biz dev?', 'who at SAP does sales?'],
      ['who at SAP does business development or sales', 'who at SAP does sales'],
      ['who at Amadeus or Navitaire handles sales / business development', 'who at Amadeus or Navitaire handles sales'],
      ['sales or business development people at SAP', 'sales people at SAP'],
      ['sales/bd reps at SAP', 'sales reps at SAP'],
    ])('"%s" is "%s"', (said, plain) => {
      const asked = f.ask(said);
      expect(asked.kind).toBe('sql');
      expect(sql(asked)).toBe(sql(f.ask(plain)));
    });

    it('two different functions stay a union of both', () => {
      expect(sql(f.ask('who at SAP does sales or marketing'))).not.toBe(sql(f.ask('who at SAP does sales')));
    });

    // a clause of its own (a pronoun subject) closed by a belief frame is the speaker's guess: no condition
    it.each([
      [
        'who at Amadeus or Navitaire does sales? both are at Aviation Festival Asia 2025 i think',
        'who at Amadeus or Navitaire does sales?',
      ],
      ['sales people at SAP - they sponsor Industrial Transformation ASIA-PACIFIC i believe', 'sales people at SAP'],
      ['marketing people at Amadeus, they are at the aviation festival i reckon', 'marketing people at Amadeus'],
    ])('"%s" is "%s"', (said, plain) => {
      const asked = f.ask(said);
      expect(asked.kind).toBe('sql');
      expect(sql(asked)).toBe(sql(f.ask(plain)));
    });

    it('a value hedged alone stays a condition', () => {
      expect(sql(f.ask('sales people at Amadeus, at the aviation festival i think'))).not.toBe(
        sql(f.ask('sales people at Amadeus')),
      );
    });
  },
);
