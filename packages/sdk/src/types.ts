import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@musaeid/server';

/**
 * The Musaeid router's type. In the published declarations this is a standalone, generated
 * description of every procedure (see scripts/emitRouterTypes.ts); in the workspace it is the
 * server's own `AppRouter`.
 */
export type { AppRouter };

/**
 * Inputs of every procedure, by path.
 *
 * @example
 * ```ts
 * const input: RouterInputs['chat']['send'] = { chatId, text: 'How many events are in Singapore?' };
 * ```
 */
export type RouterInputs = inferRouterInputs<AppRouter>;

/**
 * Outputs of every procedure, by path.
 *
 * @example
 * ```ts
 * type Message = RouterOutputs['chat']['send']['assistantMessage'];
 * ```
 */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
