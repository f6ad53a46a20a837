/**
 * An outside app using the published @musaeid/sdk: create a client, ask, follow up, stream,
 * handle an error, read usage. Run: MUSAEID_URL=http://localhost:3000 MUSAEID_API_KEY=... npm start
 *
 * Every failed call rejects with a `MusaeidError` carrying a closed `errorCode` (UNAUTHORIZED,
 * NOT_FOUND, TOO_MANY_REQUESTS, ...), or `null` when the server was never reached. The app handles
 * the one it expects where it calls, and `main().catch(...)` turns any other into one line on stderr
 * and exit code 1, instead of an uncaught rejection and an object dump.
 */
import { randomUUID } from 'node:crypto';

import { createMusaeidClient, errorCode, isMusaeidError, type RouterOutputs } from '@musaeid/sdk';

const url = process.env.MUSAEID_URL ?? 'http://localhost:3000';
const apiKey = process.env.MUSAEID_API_KEY;
if (!apiKey) {
  console.error('Set MUSAEID_API_KEY (printed by `pnpm musaeid users create --email you@example.com`).');
  process.exit(2);
}

const client = createMusaeidClient({ url, apiKey });

async function main(): Promise<void> {
  // Who am I?
  const me = await client.auth.me.query({});
  console.log(`signed in as ${me.email} (${me.role})`);

  // Ask: a new chat is created for the first question.
  const first = await client.ask('How many events are there?');
  console.log(`[${first.message.answer?.status}] ${first.message.text}`);
  console.log(`  sql: ${first.message.answer?.sql ?? '-'}`);

  // Follow up in the same chat.
  const followUp = await client.ask('And how many companies?', { chatId: first.chatId });
  console.log(`[${followUp.message.answer?.status}] ${followUp.message.text}`);

  // Stream: progress events as the server works, then the stored message.
  const stages: string[] = [];
  let streamed: RouterOutputs['chat']['send']['assistantMessage'] | null = null;
  for await (const event of client.askStream('How many people are there?', { chatId: first.chatId })) {
    stages.push(event.type);
    if (event.type === 'sql') console.log(`  sql: ${event.sql}`);
    if (event.type === 'stored') streamed = event.exchange.assistantMessage;
  }
  console.log(`streamed: ${stages.join(' -> ')}; answer: ${streamed?.text ?? '(none)'}`);

  // Errors are typed: a chat that does not exist answers NOT_FOUND.
  let missingChat: string | null = null;
  try {
    await client.chat.get.query({ chatId: randomUUID() });
  } catch (error) {
    if (!isMusaeidError(error)) throw error;
    missingChat = errorCode(error);
    console.log(`expected error: ${missingChat} (HTTP ${error.data?.httpStatus}): ${error.message}`);
  }

  // Usage for this month.
  const usage = await client.usage.summary.query({});
  console.log(`usage: ${JSON.stringify(usage)}`);

  // One machine-readable line for scripts and tests.
  console.log(
    `summary: ${JSON.stringify({
      email: me.email,
      chatId: first.chatId,
      sameChat: followUp.chatId === first.chatId,
      firstStatus: first.message.answer?.status ?? null,
      stages,
      streamedChatId: streamed?.chatId ?? null,
      missingChat,
      usage,
    })}`,
  );
}

/** One line for a failed call: what the server said (by code), or that it could not be reached. */
function describeFailure(error: unknown): string {
  if (!isMusaeidError(error)) return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  const code = errorCode(error);
  switch (code) {
    case null:
      return `cannot reach the Musaeid server at ${url}: ${error.message}`;
    case 'UNAUTHORIZED':
      return 'the server refused the API key (UNAUTHORIZED): check MUSAEID_API_KEY';
    case 'TOO_MANY_REQUESTS':
      return `rate limit or monthly quota reached (TOO_MANY_REQUESTS): ${error.message}`;
    default:
      return `the server answered ${code}: ${error.message}`;
  }
}

main().catch((error: unknown) => {
  console.error(`musaeid example: ${describeFailure(error)}`);
  process.exitCode = 1;
});
