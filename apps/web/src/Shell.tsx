import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ChatList } from './ChatList';
import { ChatView } from './ChatView';
import { errorText } from './errorText';
import { useTRPC } from './trpc';
import { UsagePanel } from './UsagePanel';
import { useChatRoute } from './useChatRoute';

/** The signed-in page: header, the chats, the open chat. */
export function Shell({ onSignOut }: { onSignOut: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions({}));
  const [chatId, openChat] = useChatRoute();
  const [showUsage, setShowUsage] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  const create = useMutation(
    trpc.chat.create.mutationOptions({
      onSuccess: async ({ chatId: id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.chat.list.pathKey() });
        openChat(id);
        setMenuOpen(false);
      },
    }),
  );

  return (
    <div className="shell">
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          // The hash holds the open chat: move focus without touching it.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to the chat
      </a>
      <header className="topbar">
        <button
          type="button"
          className="ghost menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="chats"
          onClick={() => setMenuOpen((o) => !o)}
        >
          Chats
        </button>
        <span className="brand">Musaeid</span>
        <span className="spacer" />
        <button type="button" className="ghost" aria-expanded={showUsage} onClick={() => setShowUsage((s) => !s)}>
          Usage
        </button>
        <span className="muted small who" title="Signed in as">
          {me.data?.email}
        </span>
        <button type="button" className="ghost" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {showUsage && <UsagePanel onClose={() => setShowUsage(false)} />}
      <div className="body">
        <nav id="chats" className={`sidebar${menuOpen ? ' open' : ''}`} aria-label="Chats">
          <button type="button" className="primary wide" disabled={create.isPending} onClick={() => create.mutate({})}>
            + New chat
          </button>
          {create.error && (
            <p className="error" role="alert">
              {errorText(create.error)}
            </p>
          )}
          <ChatList
            selected={chatId}
            onOpen={(id) => {
              openChat(id);
              setMenuOpen(false);
            }}
          />
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          {chatId ? (
            <ChatView key={chatId} chatId={chatId} onDeleted={() => openChat(null)} />
          ) : (
            <section className="empty">
              <h2>Ask your event and contact data in plain English</h2>
              <p className="muted">Start a chat, then ask about events, the companies taking part and their people.</p>
              <button type="button" className="primary" disabled={create.isPending} onClick={() => create.mutate({})}>
                Start a chat
              </button>
            </section>
          )}
        </main>
      </div>
    </div>
  );
}
