import {
  ApartmentOutlined,
  AuditOutlined,
  HomeOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../api/types';
import type { MessageKey } from '../i18n/messages';

export interface NavEntry {
  path: string;
  label: MessageKey;
  /** Shown on the home page under the entry. */
  description?: MessageKey;
  icon: ReactNode;
  /** The entry (and its route) needs this permission. */
  permission?: Permission;
}

export const HOME_ENTRY: NavEntry = { path: '/', label: 'menu.home', icon: <HomeOutlined aria-hidden /> };

/** The administration section of the sidebar; each entry only for users holding its permission. */
export const ADMIN_ENTRIES: NavEntry[] = [
  {
    path: '/admin/departments',
    label: 'menu.departments',
    description: 'home.departments',
    icon: <ApartmentOutlined aria-hidden />,
    permission: 'departments:read',
  },
  {
    path: '/admin/users',
    label: 'menu.users',
    description: 'home.users',
    icon: <TeamOutlined aria-hidden />,
    permission: 'users:read',
  },
  {
    path: '/admin/roles',
    label: 'menu.roles',
    description: 'home.roles',
    icon: <SafetyCertificateOutlined aria-hidden />,
    permission: 'roles:read',
  },
  {
    path: '/admin/audit',
    label: 'menu.audit',
    description: 'home.audit',
    icon: <AuditOutlined aria-hidden />,
    permission: 'audit:read',
  },
  {
    path: '/admin/api-tokens',
    label: 'menu.apiTokens',
    description: 'home.apiTokens',
    icon: <KeyOutlined aria-hidden />,
    permission: 'api-tokens:manage',
  },
  {
    path: '/admin/settings',
    label: 'menu.settings',
    description: 'home.settings',
    icon: <SettingOutlined aria-hidden />,
    permission: 'settings:read',
  },
];
