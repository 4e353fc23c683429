// The schema index drizzle-kit reads: every table of every module and of the platform.
export * from './references.table';
export * from '../platform/audit/audit.table';
export * from '../platform/auth/auth.table';
export * from '../platform/calendar/calendar.table';
export * from '../platform/jobs/jobs.table';
export * from '../platform/notifications/notifications.table';
export * from '../platform/storage/files.table';
export * from '../modules/org/org.table';
export * from '../modules/vendors/vendors.table';
export * from '../platform/workflow/workflow.table';
export * from '../modules/emergency/emergency.table';
export * from '../modules/org/saved-filters.table';
export * from '../modules/vendors/import/vendor-imports.table';
export * from '../modules/vendors/lists/vendor-lists.table';
export * from '../modules/contracts/contracts.table';
export * from '../modules/evaluations/evaluations.table';
export * from '../modules/vendor-performance/vendor-performance.table';
