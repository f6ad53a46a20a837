/** Base of core's typed errors: a stable `code` the API layer maps to its own error codes. */
export abstract class EngineError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
