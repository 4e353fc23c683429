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
  'contracts:read',
  'contracts:write',
  'contracts:sign',
  'contracts:payments',
  'contracts:archive',
  'contracts:delete',
  'clauses:manage',
  'sourcing:read',
  'sourcing:write',
  'evaluations:manage',
  'evaluations:participate',
  'evaluation-templates:manage',
  're-evaluations:manage',
  'vendor-actions:write',
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
  'evaluations:participate',
] as const satisfies readonly Permission[];

/** Who drafts and runs contracts and sourcing for their department (R2, R4, R5). */
const BUYER = [
  'contracts:read',
  'contracts:write',
  'contracts:sign',
  'sourcing:read',
  'sourcing:write',
  'evaluations:manage',
] as const satisfies readonly Permission[];

/** Who keeps the vendor registry (R3): read and change vendors and move them through their lifecycle. */
const VENDOR_KEEPER = [
  'vendors:read',
  'vendors:write',
  'vendors:transition',
  'vendors:import',
] as const satisfies readonly Permission[];

/**
 * The administrator holds every permission except opening signed copies: R5.7 reserves those for the director and
 * the users the director grants access to.
 */
const ADMIN = PERMISSIONS.filter((p) => p !== 'contracts:archive');

export const ROLE_PERMISSIONS = {
  admin: ADMIN,
  director: [
    ...INTERNAL_BASE,
    'settings:read',
    ...VENDOR_KEEPER,
    'vendors:approve',
    'vendors:read-financials',
    'workflows:manage',
    'emergency:report',
    'emergency:oversee',
    ...BUYER,
    'contracts:payments',
    'contracts:archive',
    'contracts:delete',
    'clauses:manage',
    'evaluation-templates:manage',
    're-evaluations:manage',
    'vendor-actions:write',
  ],
  department_head: [...INTERNAL_BASE, ...VENDOR_KEEPER, 'emergency:report', ...BUYER, 'vendor-actions:write'],
  project_manager: [...INTERNAL_BASE, 'vendors:read', 'vendors:write', 'emergency:report', ...BUYER],
  specialist: [
    ...INTERNAL_BASE,
    ...VENDOR_KEEPER,
    'emergency:report',
    ...BUYER,
    'evaluation-templates:manage',
    're-evaluations:manage',
    'vendor-actions:write',
  ],
  finance: [
    ...INTERNAL_BASE,
    'vendors:read',
    'vendors:read-financials',
    'contracts:read',
    'contracts:payments',
    'sourcing:read',
  ],
  legal: [
    ...INTERNAL_BASE,
    'vendors:read',
    'contracts:read',
    'contracts:write',
    'contracts:sign',
    'clauses:manage',
    'sourcing:read',
  ],
  technical_reviewer: [...INTERNAL_BASE, 'vendors:read', 'contracts:read', 'sourcing:read'],
  security_officer: [...INTERNAL_BASE, 'vendors:read', 'contracts:read', 'sourcing:read'],
  executive: [
    ...INTERNAL_BASE,
    'settings:read',
    'vendors:read',
    'vendors:transition',
    'vendors:approve',
    'vendors:read-financials',
    'emergency:oversee',
    'contracts:read',
    'sourcing:read',
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
    'contracts:read',
    'sourcing:read',
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
