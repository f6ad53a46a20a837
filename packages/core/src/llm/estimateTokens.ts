type Encoder = { encode(text: string): number[] };
let encoder: Promise<Encoder | null> | null = null;

function loadEncoder(): Promise<Encoder | null> {
  encoder ??= (async () => {
    try {
      const [{ Tiktoken }, { default: ranks }] = await Promise.all([
        import('js-tiktoken/lite'),
        import('js-tiktoken/ranks/cl100k_base'),
      ]);
      return new Tiktoken(ranks);
    } catch {
      return null;
    }
  })();
  return encoder;
}

/**
 * Estimates the tokens of a text with the cl100k tokenizer (loaded on first use), for providers
 * that do not report usage. Falls back to characters / 4 if the tokenizer cannot load.
 *
 * @example
 * await estimateTokens('SELECT name FROM events'); // 4
 */
export async function estimateTokens(text: string): Promise<number> {
  if (!text) return 0;
  const enc = await loadEncoder();
  return enc ? enc.encode(text).length : Math.ceil(text.length / 4);
}
