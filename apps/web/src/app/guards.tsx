import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../api/types';
import { PageSpinner } from './AppLayout';
import { useAuth } from './auth';
import { ForbiddenPage } from './SystemPages';

/** Signed-in users only; everyone else goes to /login and comes back here after signing in. */
export function RequireAuth({ children, allowPasswordChange }: { children: ReactNode; allowPasswordChange?: boolean }) {
  const { me, loading, ended } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpinner />;
  if (!me) {
    if (ended === 'signedOut') return <Navigate to="/login?signedOut=1" replace />;
    const params = new URLSearchParams({ next: `${location.pathname}${location.search}` });
    if (ended === 'expired') params.set('expired', '1');
    return <Navigate to={`/login?${params.toString()}`} replace />;
  }
  if (me.user.mustChangePassword && !allowPasswordChange) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/change-password?${new URLSearchParams({ next }).toString()}`} replace />;
  }
  return children;
}

/** Renders the 403 page unless the nav entry's rule (or the single permission) allows the user. */
export function RequirePermission({
  allowed,
  children,
}: {
  allowed: Permission | ((can: (permission: Permission) => boolean) => boolean);
  children: ReactNode;
}) {
  const { can } = useAuth();
  const ok = typeof allowed === 'string' ? can(allowed) : allowed(can);
  return ok ? children : <ForbiddenPage />;
}

/** Only relative in-app paths may be a return target (no open redirects). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}
