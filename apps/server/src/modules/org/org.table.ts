import { sql } from 'drizzle-orm';
import { boolean, foreignKey, integer, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../db/columns';

export const departments = pgTable(
  'departments',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    headUserId: uuid('head_user_id'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('departments_parent_idx').on(t.parentId),
  ],
);

export const users = pgTable(
  'users',
  {
    ...businessColumns(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    departmentId: uuid('department_id').references(() => departments.id),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    locale: text('locale').notNull().default('zh-CN'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_username_lower_idx').on(sql`lower(${t.username})`),
    index('users_department_idx').on(t.departmentId),
    index('users_created_at_idx').on(t.createdAt, t.id),
    index('users_username_idx').on(t.username, t.id),
    index('users_display_name_idx').on(t.displayName, t.id),
  ],
);

/** Organisation-wide settings: a single row with id 'org'. */
export const orgSettings = pgTable('org_settings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull(),
  /** R1.3: hours allowed for the written report after an emergency action. */
  emergencyReportHours: integer('emergency_report_hours').notNull().default(24),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
  version: businessColumns().version,
});
