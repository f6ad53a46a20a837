import { z } from 'zod';

import { chartMarkSchema } from '../charts/chartSpec';
import { chooseChart } from '../charts/chooseChart';
import { renderChartSvg } from '../charts/renderChartSvg';
import { NotFoundError } from '../errors';
import { idSchema } from '../schemas';
import { protectedProcedure } from '../trpc';

/**
 * `chat.chart`: an answer's chart rendered on the server as SVG, so an API or SDK user gets the
 * picture without a browser. The chart is chosen by the same rules as the one the answer carries,
 * applied to the full stored result.
 */
export const chartProcedure = protectedProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/messages/{messageId}/chart',
      tags: ['chat'],
      summary: "An answer's chart as SVG (when its result has one)",
    },
  })
  .input(z.strictObject({ messageId: idSchema, mark: chartMarkSchema.optional() }))
  .output(
    z.object({
      messageId: z.string(),
      mark: chartMarkSchema,
      dimension: z.string(),
      measure: z.string(),
      svg: z.string(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const message = await ctx.services.store.chats.userMessage(ctx.user.id, input.messageId);
    if (!message) throw new NotFoundError(`Message ${input.messageId} not found`);
    const result = await ctx.services.store.chats.result(input.messageId);
    const chart = result ? chooseChart(result.columns, result.rows, result.rows.length) : null;
    if (!result || !chart) {
      throw new NotFoundError(
        `Message ${input.messageId} has no chart (only results with a dimension and a measure do)`,
      );
    }
    const mark = input.mark ?? chart.preferred;
    return {
      messageId: input.messageId,
      mark,
      dimension: chart.dimension,
      measure: chart.measure,
      svg: await renderChartSvg(chart, mark, result.columns, result.rows),
    };
  });
