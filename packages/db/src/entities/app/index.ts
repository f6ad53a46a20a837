export { User, type UserRole } from './User';
export { ApiKey } from './ApiKey';
export { Chat } from './Chat';
export { Message } from './Message';
export { MessageResult } from './MessageResult';
export { UsageRecord } from './UsageRecord';
export { MessageRating } from './MessageRating';
export { VerifiedExample } from './VerifiedExample';
export { GlossaryTerm } from './GlossaryTerm';
export { RateLimit } from './RateLimit';
export { MonthlyMessageCount } from './MonthlyMessageCount';
export { StreamEvent } from './StreamEvent';
export { ServerLease } from './ServerLease';

import { ApiKey } from './ApiKey';
import { Chat } from './Chat';
import { GlossaryTerm } from './GlossaryTerm';
import { Message } from './Message';
import { MessageRating } from './MessageRating';
import { MessageResult } from './MessageResult';
import { MonthlyMessageCount } from './MonthlyMessageCount';
import { RateLimit } from './RateLimit';
import { ServerLease } from './ServerLease';
import { StreamEvent } from './StreamEvent';
import { UsageRecord } from './UsageRecord';
import { User } from './User';
import { VerifiedExample } from './VerifiedExample';

/** The app's own tables (accounts, chats, usage, what users taught). Never queryable by the engine. */
export const APP_ENTITIES = [
  User,
  ApiKey,
  Chat,
  Message,
  MessageResult,
  UsageRecord,
  MessageRating,
  VerifiedExample,
  GlossaryTerm,
  RateLimit,
  MonthlyMessageCount,
  StreamEvent,
  ServerLease,
] as const;

/** Names of the app tables, for guards and tests. */
export const APP_TABLE_NAMES = [
  'users',
  'api_keys',
  'chats',
  'messages',
  'message_results',
  'usage_records',
  'message_ratings',
  'verified_examples',
  'glossary_terms',
  'rate_limits',
  'monthly_message_counts',
  'stream_events',
  'server_leases',
] as const;
