/**
 * The permission catalogue and the role → permission table (R1.1).
 * Adding a role or a permission forces this table to be completed: `satisfies` checks every role is present.
 */
export const PERMISSIONS = [
  'org:read',
  'departments:read',
  'departments:write',
  'users:read',
  'users:write',
  'users:reset-password',
  'roles:read',
  'audit:read',
  'api-tokens:manage',
  'files:upload',
  'files:read',
  'settings:read',
  'settings:write',
  'metrics:read',
  'vendors:read',
  'vendors:write',
  'vendors:transition',
  'vendors:approve',
  'vendors:read-financials',
  'vendors:import',
  'calendar:read',
  'calendar:write',
  'approvals:participate',
  'workflows:manage',
  'jobs:manage',
  'emergency:report',
  'emergency:oversee',
  'vendors:import',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'admin',
  'director',
  'department_head',
  'project_manager',
  'specialist',
  'finance',
  'legal',
  'technical_reviewer',
  'security_officer',
  'executive',
  'auditor',
  'vendor_contact',
] as const;

export type Role = (typeof ROLES)[number];

const INTERNAL_BASE = [
  'org:read',
  'departments:read',
  'users:read',
  'roles:read',
  'files:upload',
  'files:read',
  'api-tokens:manage',
  'calendar:read',
  'approvals:participate',
] as const satisfies readonly Permission[];

/** Who keeps the vendor registry (R3): read and change vendors and move them through their lifecycle. */
const VENDOR_KEEPER = [
  'vendors:read',
  'vendors:write',
  'vendors:transition',
  'vendors:import',
] as const satisfies readonly Permission[];

export const ROLE_PERMISSIONS = {
  admin: PERMISSIONS,
  director: [
    ...INTERNAL_BASE,
    'settings:read',
    ...VENDOR_KEEPER,
    'vendors:approve',
    'vendors:read-financials',
    'workflows:manage',
    'emergency:report',
    'emergency:oversee',
  ],
  department_head: [...INTERNAL_BASE, ...VENDOR_KEEPER, 'emergency:report'],
  project_manager: [...INTERNAL_BASE, 'vendors:read', 'vendors:write', 'emergency:report'],
  specialist: [...INTERNAL_BASE, ...VENDOR_KEEPER, 'emergency:report'],
  finance: [...INTERNAL_BASE, 'vendors:read', 'vendors:read-financials'],
  legal: [...INTERNAL_BASE, 'vendors:read'],
  technical_reviewer: [...INTERNAL_BASE, 'vendors:read'],
  security_officer: [...INTERNAL_BASE, 'vendors:read'],
  executive: [
    ...INTERNAL_BASE,
    'settings:read',
    'vendors:read',
    'vendors:transition',
    'vendors:approve',
    'vendors:read-financials',
    'emergency:oversee',
  ],
  auditor: [
    'org:read',
    'departments:read',
    'users:read',
    'roles:read',
    'audit:read',
    'files:read',
    'settings:read',
    'vendors:read',
    'vendors:read-financials',
    'calendar:read',
    'emergency:oversee',
  ],
  vendor_contact: ['files:upload', 'files:read'],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsForRoles(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
