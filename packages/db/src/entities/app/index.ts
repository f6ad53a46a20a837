export { User, type UserRole } from './User';
export { ApiKey } from './ApiKey';
export { Chat } from './Chat';
export { Message } from './Message';
export { MessageResult } from './MessageResult';
export { UsageRecord } from './UsageRecord';

import { ApiKey } from './ApiKey';
import { Chat } from './Chat';
import { Message } from './Message';
import { MessageResult } from './MessageResult';
import { UsageRecord } from './UsageRecord';
import { User } from './User';

/** The app's own tables (accounts, chats, usage). Never queryable by the engine. */
export const APP_ENTITIES = [User, ApiKey, Chat, Message, MessageResult, UsageRecord] as const;

/** Names of the app tables, for guards and tests. */
export const APP_TABLE_NAMES = ['users', 'api_keys', 'chats', 'messages', 'message_results', 'usage_records'] as const;
