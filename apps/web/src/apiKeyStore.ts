/** Where the signed-in API key is kept in the browser (local storage, this origin only). */
const KEY = 'musaeid.apiKey';

export const apiKeyStore = {
  get(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null; // storage disabled: signed out
    }
  },
  set(key: string | null): void {
    try {
      if (key === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, key);
    } catch {
      // storage disabled: the key lives for this page only
    }
  },
};
