import superjson from 'superjson';

/**
 * The one data transformer of the API. The server and every client (the SDK, tests, the panel)
 * import it from here, so both ends always agree.
 */
export const transformer = superjson;
