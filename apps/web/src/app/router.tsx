import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { RequireAuth, RequirePermission } from './guards';
import { NAV_ENTRIES } from './nav';
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
const CalendarPage = page(() => import('../features/calendar/CalendarPage'), 'CalendarPage');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const VendorListsPage = page(() => import('../features/vendor-lists/VendorListsPage'), 'VendorListsPage');
const VendorsPage = page(() => import('../features/vendors/VendorsPage'), 'VendorsPage');
const NotificationsPage = page(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
const PreferencesPage = page(() => import('../features/notifications/PreferencesPage'), 'PreferencesPage');
const ChannelsPage = page(() => import('../features/notifications/ChannelsPage'), 'ChannelsPage');
const JobsPage = page(() => import('../features/jobs/JobsPage'), 'JobsPage');
const ContractsPage = page(() => import('../features/contracts/ledger/ContractsPage'), 'ContractsPage');
const VendorDetailPage = page(() => import('../features/vendors/VendorDetailPage'), 'VendorDetailPage');
const EmergencyActionsPage = page(() => import('../features/emergency/EmergencyActionsPage'), 'EmergencyActionsPage');
const EmergencyActionDetailPage = page(
  () => import('../features/emergency/EmergencyActionDetailPage'),
  'EmergencyActionDetailPage',
);
const SourcingRequestsPage = page(() => import('../features/sourcing/SourcingRequestsPage'), 'SourcingRequestsPage');
const SourcingRequestDetailPage = page(
  () => import('../features/sourcing/SourcingRequestDetailPage'),
  'SourcingRequestDetailPage',
);
const CampaignsPage = page(() => import('../features/vendor-performance/CampaignsPage'), 'CampaignsPage');
const CampaignDetailPage = page(
  () => import('../features/vendor-performance/CampaignDetailPage'),
  'CampaignDetailPage',
);
const SheetPage = page(() => import('../features/vendor-performance/SheetPage'), 'SheetPage');
const VendorActionsPage = page(() => import('../features/vendor-performance/VendorActionsPage'), 'VendorActionsPage');
const VendorActionDetailPage = page(
  () => import('../features/vendor-performance/VendorActionDetailPage'),
  'VendorActionDetailPage',
);
const MyTasksPage = page(() => import('../features/approvals/MyTasksPage'), 'MyTasksPage');
const MyRequestsPage = page(() => import('../features/approvals/MyRequestsPage'), 'MyRequestsPage');
const ApprovalDetailPage = page(() => import('../features/approvals/ApprovalDetailPage'), 'ApprovalDetailPage');
const ContractDetailPage = page(() => import('../features/contracts/ContractDetailPage'), 'ContractDetailPage');
const NewContractPage = page(() => import('../features/contracts/core/NewContractPage'), 'NewContractPage');
const WorkflowsPage = page(() => import('../features/workflows/WorkflowsPage'), 'WorkflowsPage');
const ClauseLibraryPage = page(() => import('../features/contracts/drafting/ClauseLibraryPage'), 'ClauseLibraryPage');
const ContractTemplatesPage = page(
  () => import('../features/contracts/drafting/ContractTemplatesPage'),
  'ContractTemplatesPage',
);

/** The route of a sidebar entry is open to exactly those who see the entry. */
function guarded(path: string, element: ReactNode) {
  const entry = NAV_ENTRIES.find((e) => e.path === path);
  if (!entry?.allowed) throw new Error(`no access rule for ${path}`);
  return <RequirePermission allowed={entry.allowed}>{element}</RequirePermission>;
}

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
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'notification-preferences', element: <PreferencesPage /> },
      { path: 'vendors', element: guarded('/vendors', <VendorsPage />) },
      { path: 'vendors/:id', element: guarded('/vendors', <VendorDetailPage />) },
      {
        path: 'contracts/new',
        element: <RequirePermission allowed="contracts:write">{<NewContractPage />}</RequirePermission>,
      },
      {
        path: 'contracts/:id',
        element: <RequirePermission allowed="contracts:read">{<ContractDetailPage />}</RequirePermission>,
      },
      { path: 'contracts', element: guarded('/contracts', <ContractsPage />) },
      { path: 'emergency-actions', element: guarded('/emergency-actions', <EmergencyActionsPage />) },
      { path: 'emergency-actions/:id', element: guarded('/emergency-actions', <EmergencyActionDetailPage />) },
      { path: 'sourcing-requests', element: guarded('/sourcing-requests', <SourcingRequestsPage />) },
      { path: 'sourcing-requests/:id', element: guarded('/sourcing-requests', <SourcingRequestDetailPage />) },
      { path: 're-evaluation-campaigns', element: guarded('/re-evaluation-campaigns', <CampaignsPage />) },
      { path: 're-evaluation-campaigns/:id', element: guarded('/re-evaluation-campaigns', <CampaignDetailPage />) },
      {
        path: 're-evaluation-campaigns/:id/sheets/:sheetId',
        element: guarded('/re-evaluation-campaigns', <SheetPage />),
      },
      { path: 'vendor-actions', element: guarded('/vendor-actions', <VendorActionsPage />) },
      { path: 'vendor-actions/:id', element: guarded('/vendor-actions', <VendorActionDetailPage />) },
      { path: 'tasks', element: guarded('/tasks', <MyTasksPage />) },
      { path: 'tasks/done', element: guarded('/tasks', <MyTasksPage />) },
      { path: 'approvals', element: guarded('/approvals', <MyRequestsPage />) },
      { path: 'approvals/:id', element: guarded('/approvals', <ApprovalDetailPage />) },
      { path: 'admin/workflows', element: guarded('/admin/workflows', <WorkflowsPage />) },
      { path: 'admin/departments', element: guarded('/admin/departments', <DepartmentsPage />) },
      { path: 'admin/users', element: guarded('/admin/users', <UsersPage />) },
      { path: 'admin/users/:id', element: guarded('/admin/users', <UserDetailPage />) },
      { path: 'admin/roles', element: guarded('/admin/roles', <RolesPage />) },
      { path: 'admin/audit', element: guarded('/admin/audit', <AuditPage />) },
      { path: 'admin/api-tokens', element: guarded('/admin/api-tokens', <ApiTokensPage />) },
      { path: 'admin/calendar', element: guarded('/admin/calendar', <CalendarPage />) },
      { path: 'admin/settings', element: guarded('/admin/settings', <SettingsPage />) },
      { path: 'admin/vendor-lists', element: guarded('/admin/vendor-lists', <VendorListsPage />) },
      { path: 'admin/clause-library', element: guarded('/admin/clause-library', <ClauseLibraryPage />) },
      {
        path: 'admin/contract-templates',
        element: guarded('/admin/contract-templates', <ContractTemplatesPage />),
      },
      {
        path: 'admin/notification-channels',
        element: guarded('/admin/notification-channels', <ChannelsPage />),
      },
      { path: 'admin/jobs', element: guarded('/admin/jobs', <JobsPage />) },
      { path: '403', element: <ForbiddenPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
