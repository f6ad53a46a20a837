import { describe, it } from 'vitest';
import { demoScanner } from './generate/offline/testkit';
import { scanMentions } from './generate/offline/parse/scanMentions';
describe('d', () => {
const demo = demoScanner();
it('dbg', () => {
  for (const q of ['which event is the longest? need to know how many nights to book']) {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    console.log('RES', q, JSON.stringify(scan.ignored), scan.mentions.map((m) => `${m.t}:${m.text}@${m.start}`).join(' '));
  }
});
});
