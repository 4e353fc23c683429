import type { Executor } from '../../db/client';

/** What sign-in needs to know about a user. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  roles: string[];
  active: boolean;
  locale: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

/** Implemented by the org module, which owns the users table (decision 0003). */
export interface AuthUserStore {
  findByUsername(db: Executor, username: string): Promise<AuthUser | undefined>;
  findById(db: Executor, id: string): Promise<AuthUser | undefined>;
}
