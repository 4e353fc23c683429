import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../api/types';
import { AppLayout } from './AppLayout';
import { RequireAuth, RequirePermission } from './guards';
import { ForbiddenPage, NotFoundPage } from './SystemPages';

/** Route-level code splitting: each page is its own chunk. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = page(() => import('../features/auth/LoginPage'), 'LoginPage');
const ChangePasswordRoute = page(() => import('../features/auth/ChangePasswordPage'), 'ChangePasswordRoute');
const ProfilePage = page(() => import('../features/auth/ProfilePage'), 'ProfilePage');
const HomePage = page(() => import('../features/home/HomePage'), 'HomePage');
const DepartmentsPage = page(() => import('../features/departments/DepartmentsPage'), 'DepartmentsPage');
const UsersPage = page(() => import('../features/users/UsersPage'), 'UsersPage');
const UserDetailPage = page(() => import('../features/users/UserDetailPage'), 'UserDetailPage');
const RolesPage = page(() => import('../features/roles/RolesPage'), 'RolesPage');
const AuditPage = page(() => import('../features/audit/AuditPage'), 'AuditPage');
const ApiTokensPage = page(() => import('../features/api-tokens/ApiTokensPage'), 'ApiTokensPage');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');

const guarded = (permission: Permission, element: ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/change-password',
    element: (
      <RequireAuth allowPasswordChange>
        <ChangePasswordRoute />
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'admin/departments', element: guarded('departments:read', <DepartmentsPage />) },
      { path: 'admin/users', element: guarded('users:read', <UsersPage />) },
      { path: 'admin/users/:id', element: guarded('users:read', <UserDetailPage />) },
      { path: 'admin/roles', element: guarded('roles:read', <RolesPage />) },
      { path: 'admin/audit', element: guarded('audit:read', <AuditPage />) },
      { path: 'admin/api-tokens', element: guarded('api-tokens:manage', <ApiTokensPage />) },
      { path: 'admin/settings', element: guarded('settings:read', <SettingsPage />) },
      { path: '403', element: <ForbiddenPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
