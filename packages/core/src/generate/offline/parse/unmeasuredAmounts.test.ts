import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner } from '../testkit';

describe('"how much" of an amount the data does not hold is refused, naming it', () => {
  const { fixture } = demoScanner();
  const anEvent = (): string => {
    const [name] = fixture().oracle('SELECT name FROM events ORDER BY name LIMIT 1');
    return String(name);
  };

  it.each([
    ['how much are tickets for {e}', 'tickets'],
    ['how much is a booth at {e}', 'booth'],
    ['hw much r passes for {e}', 'passes'],
    ['how much do sponsors pay at {e}', 'sponsors pay'],
  ])('%s: refused (no prices in the data)', (template, named) => {
    const asked = fixture().ask(template.replace('{e}', anEvent()));
    expect(asked.kind).toBe('refusal');
    expect(asked.kind === 'refusal' && asked.message).toContain(`("${named}")`);
  });

  it.each([
    // a measure the data holds: the revenue (said, or by its earning verb), the stated size
    'how much revenue does {c} have',
    'how much does {c} make',
    'how much is the revenue of {c}',
    'how much staff does {c} have',
  ])('%s: answered', (template) => {
    expect(fixture().ask(template.replace('{c}', busiestCompany(fixture()))).kind).toBe('sql');
  });
});

describe('an unread word naming a price is refused, naming it', () => {
  const { fixture } = demoScanner();
  const anEvent = (): string => String([...fixture().oracle('SELECT name FROM events ORDER BY name LIMIT 1')][0]);

  it.each([
    ['what is the ticket price for {e}', 'ticket price'],
    ['entry fee for {e}', 'entry fee'],
    ['exhibitor rates at {e}', 'rates'],
    // after a verb of asking with the speaker as its object: the request's object, never the speaker's own words
    ['Can you tell me the ticket prices for {e}?', 'ticket prices'],
    ['show me the booth costs at {e}', 'booth costs'],
  ])('%s: refused', (template, named) => {
    const asked = fixture().ask(template.replace('{e}', anEvent()));
    expect(asked.kind).toBe('refusal');
    expect(asked.kind === 'refusal' && asked.message).toContain(named);
  });
});
