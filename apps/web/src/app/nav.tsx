import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  BranchesOutlined,
  CalendarOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  ProfileOutlined,
  ClockCircleOutlined,
  HomeOutlined,
  InboxOutlined,
  KeyOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SolutionOutlined,
  SettingOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
  StarOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { Permission } from '../api/types';
import { CAN_MANAGE_WORKFLOWS, CAN_PARTICIPATE } from '../features/approvals/permissions';
import { TaskCountBadge } from '../features/approvals/TaskCountBadge';
import type { MessageKey } from '../i18n/messages';

export interface NavEntry {
  path: string;
  label: MessageKey;
  /** Shown on the home page under the entry. */
  description?: MessageKey;
  icon: ReactNode;
  /** Who may use the entry and open its route; everyone signed in when absent. */
  allowed?: (can: (permission: Permission) => boolean) => boolean;
  /** A live counter shown after the label (e.g. open tasks). */
  badge?: ComponentType;
}

const needs = (permission: Permission) => (can: (p: Permission) => boolean) => can(permission);

/**
 * User administration is for those who administer accounts or audit them. `users:read` alone is the org
 * directory every internal role holds (pickers, names in lists); it does not open the administration page.
 */
export const canAdministerUsers = (can: (p: Permission) => boolean) =>
  can('users:read') && (can('users:write') || can('users:reset-password') || can('audit:read'));

export const HOME_ENTRY: NavEntry = { path: '/', label: 'menu.home', icon: <HomeOutlined aria-hidden /> };

/** The business section of the sidebar (vendors, later contracts, projects…); each entry by permission. */
export const WORK_ENTRIES: NavEntry[] = [
  {
    path: '/tasks',
    label: 'menu.myTasks',
    description: 'home.myTasks',
    icon: <InboxOutlined aria-hidden />,
    allowed: CAN_PARTICIPATE,
    badge: TaskCountBadge,
  },
  {
    path: '/approvals',
    label: 'menu.myRequests',
    description: 'home.myRequests',
    icon: <FileDoneOutlined aria-hidden />,
    allowed: CAN_PARTICIPATE,
  },
  {
    path: '/vendors',
    label: 'menu.vendors',
    description: 'home.vendors',
    icon: <ShopOutlined aria-hidden />,
    allowed: needs('vendors:read'),
  },
  {
    path: '/contracts',
    label: 'menu.contracts',
    description: 'home.contracts',
    icon: <ProfileOutlined aria-hidden />,
    allowed: needs('contracts:read'),
  },
  {
    path: '/emergency-actions',
    label: 'menu.emergency',
    description: 'home.emergency',
    icon: <AlertOutlined aria-hidden />,
    allowed: (can) => can('emergency:report') || can('emergency:oversee'),
  },
  {
    path: '/sourcing-requests',
    label: 'menu.sourcing',
    description: 'home.sourcing',
    icon: <SolutionOutlined aria-hidden />,
    allowed: needs('sourcing:read'),
  },
  {
    path: '/re-evaluation-campaigns',
    label: 'menu.reEvaluations',
    description: 'home.reEvaluations',
    icon: <StarOutlined aria-hidden />,
    allowed: (can) => can('re-evaluations:manage') || can('evaluations:participate'),
  },
  {
    path: '/vendor-actions',
    label: 'menu.vendorActions',
    description: 'home.vendorActions',
    icon: <TrophyOutlined aria-hidden />,
    allowed: needs('vendors:read'),
  },
];

/** The administration section of the sidebar; each entry only for users holding its permission. */
export const ADMIN_ENTRIES: NavEntry[] = [
  {
    path: '/admin/departments',
    label: 'menu.departments',
    description: 'home.departments',
    icon: <ApartmentOutlined aria-hidden />,
    allowed: needs('departments:read'),
  },
  {
    path: '/admin/users',
    label: 'menu.users',
    description: 'home.users',
    icon: <TeamOutlined aria-hidden />,
    allowed: canAdministerUsers,
  },
  {
    path: '/admin/roles',
    label: 'menu.roles',
    description: 'home.roles',
    icon: <SafetyCertificateOutlined aria-hidden />,
    allowed: needs('roles:read'),
  },
  {
    path: '/admin/audit',
    label: 'menu.audit',
    description: 'home.audit',
    icon: <AuditOutlined aria-hidden />,
    allowed: needs('audit:read'),
  },
  {
    path: '/admin/api-tokens',
    label: 'menu.apiTokens',
    description: 'home.apiTokens',
    icon: <KeyOutlined aria-hidden />,
    allowed: needs('api-tokens:manage'),
  },
  {
    path: '/admin/calendar',
    label: 'menu.calendar',
    description: 'home.calendar',
    icon: <CalendarOutlined aria-hidden />,
    allowed: needs('calendar:read'),
  },
  {
    path: '/admin/workflows',
    label: 'menu.workflows',
    description: 'home.workflows',
    icon: <BranchesOutlined aria-hidden />,
    allowed: CAN_MANAGE_WORKFLOWS,
  },
  {
    path: '/admin/settings',
    label: 'menu.settings',
    description: 'home.settings',
    icon: <SettingOutlined aria-hidden />,
    allowed: needs('settings:read'),
  },
  {
    path: '/admin/vendor-lists',
    label: 'menu.vendorLists',
    description: 'home.vendorLists',
    icon: <TagsOutlined aria-hidden />,
    // The page reads GET /vendor-lists (vendors:read); editing needs settings:write.
    allowed: (can) => can('settings:read') && can('vendors:read'),
  },
  {
    path: '/admin/clause-library',
    label: 'menu.clauseLibrary',
    description: 'home.clauseLibrary',
    icon: <BookOutlined aria-hidden />,
    // Contract readers consult it while drafting; changing it needs clauses:manage.
    allowed: needs('contracts:read'),
  },
  {
    path: '/admin/contract-templates',
    label: 'menu.contractTemplates',
    description: 'home.contractTemplates',
    icon: <FileTextOutlined aria-hidden />,
    allowed: needs('contracts:read'),
  },
  {
    path: '/admin/notification-channels',
    label: 'menu.notificationChannels',
    description: 'home.notificationChannels',
    icon: <NotificationOutlined aria-hidden />,
    allowed: needs('settings:write'),
  },
  {
    path: '/admin/jobs',
    label: 'menu.jobs',
    description: 'home.jobs',
    icon: <ClockCircleOutlined aria-hidden />,
    allowed: needs('jobs:manage'),
  },
];

/** Every guarded sidebar entry, business first. */
export const NAV_ENTRIES: NavEntry[] = [...WORK_ENTRIES, ...ADMIN_ENTRIES];
