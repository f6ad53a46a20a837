import { defineEntity, p } from '@mikro-orm/core';

import { User } from './User';

/**
 * A user's chat messages in one calendar month (UTC, `YYYY-MM`), counted up by the transaction that
 * stores each question: the monthly quota every server process checks.
 */
export const MonthlyMessageCount = defineEntity({
  name: 'MonthlyMessageCount',
  tableName: 'monthly_message_counts',
  properties: {
    user: () => p.manyToOne(User).fieldName('user_id').primary().deleteRule('cascade'),
    month: p.string().primary(),
    messages: p.integer(),
  },
});
