import type { Permission } from '../../api/types';

type Can = (permission: Permission) => boolean;

/** Everyone internal: own tasks and requests. */
export const CAN_PARTICIPATE = (can: Can) => can('approvals:participate');
/** Flow definitions, every approval, reassignment. */
export const CAN_MANAGE_WORKFLOWS = (can: Can) => can('workflows:manage');
