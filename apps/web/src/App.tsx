import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';

import { apiKeyStore } from './apiKeyStore';
import { Shell } from './Shell';
import { SignIn } from './SignIn';
import { createClient, createQueryClient, TRPCProvider } from './trpc';

/** Holds the API key and the clients built on it; shows sign-in until a key is accepted. */
export function App() {
  const [apiKey, setApiKey] = useState<string | null>(() => apiKeyStore.get());
  const [notice, setNotice] = useState<string | null>(null);
  const keyRef = useRef(apiKey);
  keyRef.current = apiKey;

  const signOut = useCallback((why: string | null) => {
    apiKeyStore.set(null);
    setApiKey(null);
    setNotice(why);
  }, []);

  const trpcClient = useMemo(() => createClient(() => keyRef.current), []);
  const queryClient = useMemo(
    () =>
      createQueryClient(() =>
        signOut('Your API key is no longer accepted (revoked, or its user disabled). Sign in with a valid key.'),
      ),
    [signOut],
  );

  const signIn = (key: string) => {
    apiKeyStore.set(key);
    queryClient.clear();
    setNotice(null);
    setApiKey(key);
  };

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {apiKey ? (
          <Shell
            onSignOut={() => {
              queryClient.clear();
              signOut('Signed out.');
            }}
          />
        ) : (
          <SignIn notice={notice} onSignedIn={signIn} />
        )}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
