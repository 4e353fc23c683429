import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';

/** Departments, users, roles and organisation settings (R1.1). */
export function registerOrgRoutes(_app: FastifyInstance, _ctx: AppContext) {}
