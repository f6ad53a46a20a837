import { useInfiniteQuery } from '@tanstack/react-query';

import { errorText } from './errorText';
import { useTRPC, useTRPCClient } from './trpc';

const PAGE = 20;

/** The user's chats, newest first, a page at a time. */
export function ChatList({ selected, onOpen }: { selected: string | null; onOpen: (chatId: string) => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  // A plain infinite query: `chat.list` takes exactly { cursor, limit } (the tRPC helper would add
  // a `direction` the strict input refuses). Its key starts with the procedure's path key, so
  // invalidating `chat.list` refreshes it.
  const chats = useInfiniteQuery({
    queryKey: [...trpc.chat.list.pathKey(), { type: 'infinite', limit: PAGE }],
    queryFn: ({ pageParam }) => client.chat.list.query({ limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  if (chats.isPending) return <p className="muted small">Loading chats…</p>;
  if (chats.isError)
    return (
      <p className="error" role="alert">
        {errorText(chats.error)}
      </p>
    );
  const items = chats.data.pages.flatMap((p) => p.items);
  return (
    <>
      {items.length === 0 && <p className="muted small">No chats yet.</p>}
      <ul className="chat-list">
        {items.map((chat) => (
          <li key={chat.id}>
            <button
              type="button"
              className={`chat-link${chat.id === selected ? ' current' : ''}`}
              aria-current={chat.id === selected ? 'page' : undefined}
              onClick={() => onOpen(chat.id)}
            >
              <span className="chat-title">{chat.title}</span>
              <time className="muted small" dateTime={chat.updatedAt}>
                {new Date(chat.updatedAt).toLocaleString()}
              </time>
            </button>
          </li>
        ))}
      </ul>
      {chats.hasNextPage && (
        <button
          type="button"
          className="ghost wide"
          disabled={chats.isFetchingNextPage}
          onClick={() => void chats.fetchNextPage()}
        >
          {chats.isFetchingNextPage ? 'Loading…' : 'Older chats'}
        </button>
      )}
    </>
  );
}
