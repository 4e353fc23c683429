import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { registerDepartmentRoutes } from './departments.routes';
import { registerMeRoutes } from './me.routes';
import { registerSavedFilterRoutes } from './saved-filters.routes';
import { registerSettingsRoutes } from './settings.routes';
import { registerUserRoutes } from './users.routes';

/** Departments, users, roles and organisation settings (R1.1), and the signed-in user's own account. */
export function registerOrgRoutes(app: FastifyInstance, ctx: AppContext) {
  registerMeRoutes(app, ctx);
  registerSavedFilterRoutes(app, ctx);
  registerDepartmentRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerSettingsRoutes(app, ctx);
}
