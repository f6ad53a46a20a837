import { describe, expect, it } from 'vitest';
import { demoScanner, mentionWindows } from '../testkit';
import { scanMentions } from './scanMentions';

/**
 * The speaker's presence said beside an ask for events ("i'm in town until ...", "we're around till ..."): when (and
 * where) the speaker can go bounds the events asked, a window from today; any other clause of the speaker's keeps
 * its time out of the ask, as before.
 */
describe("the speaker's presence bounds the events asked (demo data)", () => {
  const demo = demoScanner();
  const windows = (q: string) => mentionWindows(scanMentions(q, demo.index(), '2024-07-15').mentions);
  const places = (q: string) =>
    scanMentions(q, demo.index(), '2024-07-15').mentions.filter((m) => m.t === 'country' || m.t === 'city').length;

  it.each([
    ["what's on this autumn? i'm in town until the end of october", ['2024-07-15', '2024-10-31']],
    ['any events? we are around until the end of september', ['2024-07-15', '2024-09-30']],
    ['which conferences are coming up, i will be here until the end of november', ['2024-07-15', '2024-11-30']],
  ])('%s: the presence is a window on the events', (q, window) => {
    expect(windows(q)).toContainEqual(window);
  });

  it('a presence up to a day still to come starts today', () => {
    expect(windows('which events are on? im around till friday')).toContainEqual(['2024-07-15', '2024-07-19']);
  });

  it('a place of the data said in the presence is kept with it', () => {
    expect(places("what events are coming up? i'll be in singapore until the end of october")).toBe(1);
  });

  it.each([
    // being away says the opposite, and a plan names what the speaker does: neither is a window of presence
    ["what's on this autumn? i'm away until the end of october"],
    ["which events are in singapore? i'm planning a trip before october"],
  ])('%s: no window from the speaker', (q) => {
    expect(windows(q)).not.toContainEqual(['2024-07-15', '2024-10-31']);
    expect(windows(q).some(([from]) => from === '2024-07-15')).toBe(false);
  });

  // an ask of people or companies alone has no dates: where the speaker will be is no window on it, and a time said
  // right after the speaker's place is the speaker's, not an edition of anything
  it.each([
    ["i'll be in singapore in october; which marketing directors are based there?"],
    ['we will be in london in september - who are the sales people based in london?'],
    ["i'm in singapore next month, which cfos do we have there?"],
    ["i'll be in london in november, which companies are headquartered in london?"],
    ['we are in singapore in december. how many contacts are based there?'],
  ])('%s: no window on the people or companies asked', (q) => {
    expect(windows(q)).toEqual([]);
  });

  it.each([
    ["i'll be in singapore in october; which events can i go to?", ['2024-10-01', '2024-10-31']],
    ["we're in singapore in september - which companies are exhibiting?", ['2024-09-01', '2024-09-30']],
  ])('%s: an ask of events or of taking part keeps the window', (q, window) => {
    expect(windows(q)).toContainEqual(window);
  });
});
