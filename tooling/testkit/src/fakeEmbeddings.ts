import type { RecordedRequest } from './startJsonServer';

/**
 * The fake embedding model's sense of meaning: words it reads as one concept. Test data (a deterministic
 * stand-in for what a real model learns), so a test can show a paraphrase sharing no word with a text
 * being found by meaning while keyword ranking misses it.
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  company: ['company', 'companies', 'firm', 'firms', 'business', 'businesses', 'organisation', 'organisations'],
  sponsor: ['sponsor', 'sponsors', 'sponsored', 'sponsoring', 'back', 'backs', 'backed', 'backing', 'fund', 'funds'],
  event: ['event', 'events', 'conference', 'conferences', 'expo', 'expos', 'summit', 'summits', 'show', 'shows'],
  person: ['person', 'people', 'contact', 'contacts', 'staff', 'employee', 'employees', 'folks'],
  count: ['count', 'many', 'number', 'tally', 'total'],
};
const CONCEPT_OF = new Map(Object.entries(CONCEPTS).flatMap(([concept, words]) => words.map((w) => [w, concept])));
/** Words the fake model gives no weight (as a real model gives them little). */
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for by with and or is are do does which what who how there'.split(' '),
);

/** FNV-1a: a stable bucket for a word, the same in every run. */
function bucket(word: string, dimensions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % dimensions;
}

/**
 * A deterministic embedding: a hashed bag of concepts (each word mapped through {@link CONCEPTS}, else kept),
 * unit length. Texts naming the same concepts in other words point the same way.
 * @example fakeEmbedding('Which firms back the expo?') // equal to fakeEmbedding('companies sponsoring events')
 */
export function fakeEmbedding(text: string, dimensions = 64): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (FUNCTION_WORDS.has(word)) continue;
    const index = bucket(CONCEPT_OF.get(word) ?? word, dimensions);
    vector[index] = (vector[index] ?? 0) + 1;
  }
  const norm = Math.hypot(...vector);
  return norm ? vector.map((v) => v / norm) : vector;
}

/**
 * The reply of an OpenAI-protocol `/v1/embeddings` endpoint to a recorded request, with {@link fakeEmbedding}
 * vectors (64 wide unless the request or `options` say otherwise): a `startJsonServer` handler answers it for
 * that path.
 * @example startJsonServer((r) => r.path === '/v1/embeddings' ? openAiEmbeddingsReply(r) : chatReply(r))
 */
export function openAiEmbeddingsReply(
  request: RecordedRequest,
  options: { dimensions?: number } = {},
): { body: unknown } {
  const body = (request.body ?? {}) as {
    input?: unknown;
    dimensions?: unknown;
    encoding_format?: unknown;
    model?: unknown;
  };
  const input = body.input;
  // The protocol's own `dimensions` when the client asks for it, else the fake model's width.
  const asked = body.dimensions;
  const dimensions = typeof asked === 'number' ? asked : (options.dimensions ?? 64);
  const texts = Array.isArray(input) ? input.map(String) : [String(input)];
  // As OpenAI does: little-endian float32s in base64 when the client asks for them (the `openai` client's default).
  const encoded = (vector: number[]): number[] | string =>
    body.encoding_format === 'base64' ? Buffer.from(Float32Array.from(vector).buffer).toString('base64') : vector;
  const tokens = texts.reduce((sum, t) => sum + (t.match(/\S+/g)?.length ?? 0), 0);
  return {
    body: {
      object: 'list',
      model: body.model,
      data: texts.map((text, index) => ({
        object: 'embedding',
        index,
        embedding: encoded(fakeEmbedding(text, dimensions)),
      })),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    },
  };
}
