import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, isApiError, setApiHandlers, setCsrfToken } from '../api/client';
import type { MeResponse, Permission } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { isLocale, type Locale } from '../i18n/messages';

export const ME_KEY = ['me'] as const;

export interface Auth {
  me: MeResponse | null;
  loading: boolean;
  /** Why there is no session: it expired while the user was working (401 session_required), or they signed out. */
  ended: 'expired' | 'signedOut' | null;
  can: (permission: Permission) => boolean;
  signIn: (username: string, password: string) => Promise<MeResponse>;
  signOut: () => Promise<void>;
  refresh: () => Promise<MeResponse | null>;
  /** Switches the language; when signed in the choice is saved to the user's preferences. */
  changeLocale: (locale: Locale) => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/** Everything cached except the signed-in user (whose query the provider observes and must keep). */
const notMe = { predicate: (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== ME_KEY[0] };

async function fetchMe(): Promise<MeResponse | null> {
  try {
    return await api.get<MeResponse>('/me', { quietAuth: true });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { setLocale } = useI18n();
  const [ended, setEnded] = useState<Auth['ended']>(null);
  const meQuery = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
  const me = meQuery.data ?? null;
  const adoptedFor = useRef<string | null>(null);

  useEffect(() => {
    setCsrfToken(me?.csrfToken ?? null);
    // The user's language is taken from their preferences once per sign-in.
    if (me && adoptedFor.current !== me.user.id) {
      adoptedFor.current = me.user.id;
      if (isLocale(me.user.locale)) setLocale(me.user.locale);
    }
    if (!me) adoptedFor.current = null;
  }, [me, setLocale]);

  useEffect(() => {
    setApiHandlers({
      onSessionExpired: () => {
        if (!queryClient.getQueryData(ME_KEY)) return;
        setEnded('expired');
        queryClient.removeQueries(notMe);
        queryClient.setQueryData(ME_KEY, null);
      },
      onPasswordChangeRequired: () => {
        const current = queryClient.getQueryData<MeResponse | null>(ME_KEY);
        if (current && !current.user.mustChangePassword) {
          queryClient.setQueryData(ME_KEY, { ...current, user: { ...current.user, mustChangePassword: true } });
        }
      },
    });
  }, [queryClient]);

  const refresh = useCallback(
    () => queryClient.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 0 }),
    [queryClient],
  );

  const signIn = useCallback(
    async (username: string, password: string) => {
      const login = await api.post<{ csrfToken: string }>('/auth/login', { username, password }, { quietAuth: true });
      setCsrfToken(login.csrfToken);
      queryClient.removeQueries(notMe);
      const fresh = await refresh();
      if (!fresh) throw new Error('signed in but /me answered 401');
      setEnded(null);
      return fresh;
    },
    [queryClient, refresh],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout', undefined, { quietAuth: true });
    } catch {
      // The session may already be gone; signing out locally is what matters.
    }
    setCsrfToken(null);
    setEnded('signedOut');
    queryClient.removeQueries(notMe);
    queryClient.setQueryData(ME_KEY, null);
  }, [queryClient]);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      setLocale(locale);
      if (!queryClient.getQueryData(ME_KEY)) return;
      const updated = await api.patch<MeResponse>('/me/preferences', { locale });
      adoptedFor.current = updated.user.id;
      queryClient.setQueryData(ME_KEY, updated);
    },
    [queryClient, setLocale],
  );

  const value = useMemo<Auth>(() => {
    const granted = new Set<string>(me?.permissions ?? []);
    return {
      me,
      loading: meQuery.isPending,
      ended,
      can: (permission) => granted.has(permission),
      signIn,
      signOut,
      refresh,
      changeLocale,
    };
  }, [me, meQuery.isPending, ended, signIn, signOut, refresh, changeLocale]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
