import { isUniqueViolation } from '../../../platform/errors/db-errors';
import type { CreateUserRequest } from '@thirdline/shared/org/org.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import { hashPassword } from '../../../platform/auth/passwords';
import { conflict } from '../../../platform/errors/problem';
import { requirePermission } from '../org.policy';
import { findUserByUsername, findUserView, insertUser, type UserView } from '../users.repository';
import { type OrgCommandContext } from './context';
import { assertPasswordPolicy, generatePassword } from './password-rules';
import { checkUserDepartment, normaliseRoles } from './user-rules';

export interface CreatedUser {
  user: UserView;
  /** Set only when the password was generated: shown once to the creator. */
  initialPassword?: string;
}

const usernameTaken = (username: string) => conflict(`The username "${username}" is already taken.`, 'username_taken');

/** Creates a user with the given or a generated password (which must then be changed at first sign-in by default). */
export async function createUser(c: OrgCommandContext, input: CreateUserRequest): Promise<CreatedUser> {
  requirePermission(c.actor, 'users:write');
  if (input.password !== undefined) assertPasswordPolicy(input.password, input.username, 'password');
  if (await findUserByUsername(c.db, input.username)) throw usernameTaken(input.username);
  const generated = input.password === undefined ? generatePassword(input.username) : undefined;
  const passwordHash = await hashPassword(input.password ?? (generated as string));
  const now = c.audit.at;

  let id: string;
  try {
    id = await c.db.transaction(async (tx) => {
      await checkUserDepartment(tx, input.departmentId);
      const row = await insertUser(tx, {
        id: uuidv7(),
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        phone: input.phone || null,
        departmentId: input.departmentId ?? null,
        roles: normaliseRoles(input.roles),
        active: input.active ?? true,
        locale: input.locale ?? 'zh-CN',
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        passwordChangedAt: now,
        createdAt: now,
        createdBy: c.actor.userId,
        updatedAt: now,
        updatedBy: c.actor.userId,
      });
      if (!row) throw usernameTaken(input.username);
      await recordAudit(tx, c.audit, { action: 'user.create', recordType: 'user', recordId: row.id, after: row });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken(input.username);
    throw error;
  }
  const user = (await findUserView(c.db, id)) as UserView;
  return generated ? { user, initialPassword: generated } : { user };
}
