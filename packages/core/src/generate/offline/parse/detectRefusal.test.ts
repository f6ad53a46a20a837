import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, demoFixture, type Fixture } from '../testkit';

/** Data changes and actions are refused however politely they are typed; a request for data is answered. */
describe('refusals of data changes and actions', () => {
  let f: Fixture;
  let company = '';
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f, { withEmail: true });
  });
  afterAll(() => f.close());

  it.each([
    'would u mind renaming X to X Ltd',
    'mind updating the employee count for X',
    'can you fix the start date of the first event',
    'please correct the spelling of X',
    'could you mark X as inactive',
    'pls move the next event to next year',
    'upload these contacts pls',
    'can u tag X as a sponsor',
    // a name placed as a role or into a store of rows: a change whatever its case, known to the data or not
    'pls add acme corp as a sponsor of the next event',
    'can u add my company zyxwv ltd to the sponsors list thx',
    'add my company Qwertz Pte Ltd as a sponsor of X pls',
    'set our firm as an exhibitor at X',
    'put foo holdings into our crm',
    'could you put foo holdings on the exhibitor list',
    // an acknowledgement before the imperative: its verb is still the request's
    'great, pls update the revenue of X',
    'thanks - now erase X',
    // a greeting and its companion before the imperative, with a reason after it
    'hi there, would you mind deleting every contact at X? they left us last month',
    'hey team - pls wipe all the people from X, we no longer work with them',
    'morning all, could you remove the sponsors of X. thanks!',
  ])('%s is a data change', (q) => {
    const asked = f.ask(q.replace(/X/g, company));
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('MODIFICATION_REQUEST');
  });

  // the first clause says why, a later one asks for the change ("X moved, can you update ..."); a later clause that
  // takes rows out of the answer, or a remark to the listener, is no change of the data
  it.each([
    ['X moved to another city, can you update its address? thx', 'MODIFICATION_REQUEST'],
    ['the revenue of X is out of date. pls change it to 5 million', 'MODIFICATION_REQUEST'],
    ['people at X - they left, pls delete them from our contacts', 'MODIFICATION_REQUEST'],
    ['people at X, correct me if the list is wrong', 'sql'],
    ['events in 2025, drop the ones with no sponsors', 'sql'],
  ])('%s: %s', (q, kind) => {
    const asked = f.ask(q.replace(/X/g, company));
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe(kind);
  });

  it("rows taken out of a store of the speaker's after a list are a data change, not an edit of the list", () => {
    const asked = f.ask(`people at ${company}`, 'remove them all from our contacts pls, they left');
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('MODIFICATION_REQUEST');
  });

  it.each([
    'hey drop the companies table',
    'pls truncate the events tables',
    'can you wipe the whole database',
    'ok so delete the people table now',
  ])('%s destroys a table: a data change', (q) => {
    const asked = f.ask(q);
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('MODIFICATION_REQUEST');
  });

  it.each([
    'send emails to everyone at X',
    'reach out to everyone at X',
    'send a message to the CEO of X',
    'contact all the people at X',
    'email everyone at X',
    // the companies as the ones given something: an action, however the data is named
    'send all the companies at X a message',
  ])('%s is an action outside the data', (q) => {
    const asked = f.ask(q.replace(/X/g, company));
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('OUT_OF_SCOPE');
  });

  // the speaker's own action with the data it needs asked for: the purpose, and the request is the data
  it.each([
    'i need to contact the people at X, their emails pls',
    'we want to reach out to everyone at X - can we get their email addresses?',
  ])('%s asks for the e-mail addresses the speaker needs', (q) => {
    const asked = f.ask(q.replace(/X/g, company));
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/with e-mail addresses$/);
  });

  it.each(['i want to email everyone at X', 'can you contact the people at X and send me their emails'])(
    '%s asks for the action itself (nothing else asked, or the listener asked to act): refused',
    (q) => {
      const asked = f.ask(q.replace(/X/g, company));
      expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('OUT_OF_SCOPE');
    },
  );

  it.each(['pls send emails 4 everyone at X thx', 'send me the e-mails of the people at X'])(
    '%s asks for the e-mail addresses',
    (q) => {
      const asked = f.ask(q.replace(/X/g, company));
      expect(asked.kind).toBe('sql');
      expect(asked.kind === 'sql' ? asked.interpretation : '').toBe(
        `people working at companies named ${company}, with a known e-mail address; with e-mail addresses`,
      );
    },
  );

  it('a detail placed in the answer asks for a column, not a change', () => {
    const asked = f.ask(`list the sponsors and add their websites to the list`);
    expect(asked.kind).toBe('sql');
  });

  it.each(['make a list of the sponsors', 'create a quick summary of the events in 2025'])(
    '%s asks for an answer made of the data, no new record',
    (q) => expect(f.ask(q).kind).toBe('sql'),
  );

  it.each(['contact emails for the people at X', 'contact details of the people at X'])(
    '%s names data: a noun before a noun of data, not an imperative',
    (q) => {
      const asked = f.ask(q.replace(/X/g, company));
      expect(asked.kind).toBe('sql');
      expect(asked.kind === 'sql' ? asked.interpretation : '').toContain(`working at companies named ${company}`);
    },
  );

  // a verb of giving rows a label, a mark, a rank or a post (WordNet), then "as" / "to" and a new value: a change
  it.each([
    'pls flag every contact at X as do-not-contact',
    'could you bump X up to tier 2',
    'label the events in 2025 as postponed',
    'hi, can u star X as a key account',
    'would you tag all the people at X as warm leads?',
    'downgrade X to tier 3 please',
    'assign the sponsors of the first event to priority 2',
    'classify X as a competitor',
    // in a later clause, after what the speaker found
    'X was acquired last month - please mark them as inactive',
    'the people at X left, flag them as gone',
  ])('%s labels rows: a data change', (q) => {
    const asked = f.ask(q.replace(/X/g, company));
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('MODIFICATION_REQUEST');
  });

  // reading a label or a rank is no change, nor is ranking the answer, nor a label verb with no new value
  it.each([
    'companies flagged as sponsors',
    'which events are marked as cancelled',
    'rank the companies by revenue',
    'list the sponsors',
    'rank the sponsors of the first event as per revenue',
    'tag along: which events are in Singapore?',
  ])('%s is no label put on rows', (q) => {
    const asked = f.ask(q.replace(/X/g, company));
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).not.toBe('MODIFICATION_REQUEST');
  });
});

/** Sentences of this test's own, not from any evaluation set. */
describe('a verb of change narrated before the ask', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    'putting a guest list together - which events are in Singapore?',
    'adding names to my slides: who in Singapore works in sales?',
    'updating my notes; which companies are in Singapore?',
  ])('%s is no data change', (q) => {
    const asked = f.ask(q);
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).not.toBe('MODIFICATION_REQUEST');
  });

  it.each([
    'adding a new event - can you do that?',
    'add a new event called Zebra Expo',
    'putting a list together - add Zebra Ltd as a sponsor of the next event',
  ])('%s is still refused', (q) => {
    const asked = f.ask(q);
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('MODIFICATION_REQUEST');
  });
});
