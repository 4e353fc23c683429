// The org module's public surface: the only file other modules (and app wiring) may import.
export { orgUserStore } from './users.repository';
export { orgNotificationDirectory } from './notification-recipients';
export { bootstrapOrganisation } from './commands/bootstrap-organisation';
export { registerOrgRoutes } from './org.routes';
export { orgRecordReaders } from './record-readers';
export { seedDemoOrganisation, DEMO_PASSWORD, type DemoSeedResult } from './seed/demo-organisation';
export {
  activeUserExists,
  activeUserIdsWithRole,
  departmentHeadIds,
  activeUsersWithDepartments,
  departmentExists,
  departmentIdByName,
  departmentNames,
  emergencyReportHours,
  organisationTimeZone,
  userDisplayNames,
} from './lookups';
export { orgAssigneeDirectory } from './assignee-directory';
