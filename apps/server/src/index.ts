export type { AppRouter } from './root';
export { transformer } from './transformer';
export type { StreamEvent } from './services/streamExchange';
export type {
  ChatDto,
  MessageDto,
  ExchangeDto,
  AnswerDto,
  UserDto,
  ApiKeyDto,
  ResultPageDto,
  ResultTotalDto,
  UsageRowDto,
} from './schemas';
