import { useCallback, useEffect, useState } from 'react';

const read = () => /^#\/chats\/([0-9a-f-]{36})$/i.exec(window.location.hash)?.[1] ?? null;

/** The open chat, kept in the URL's hash (`#/chats/<id>`) so a reload or a shared link reopens it. */
export function useChatRoute(): [string | null, (chatId: string | null) => void] {
  const [chatId, setChatId] = useState<string | null>(read);
  useEffect(() => {
    const onHash = () => setChatId(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = useCallback((id: string | null) => {
    window.location.hash = id ? `/chats/${id}` : '';
    setChatId(id);
  }, []);
  return [chatId, open];
}
