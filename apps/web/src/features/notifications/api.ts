import type { JobsOverview } from '@thirdline/shared/jobs/jobs.schemas';
import type {
  ChannelSwitches,
  Notification,
  NotificationChannel,
  NotificationPreferences,
  OutboxEntry,
} from '@thirdline/shared/notifications/notifications.schemas';
import type { Page } from '@thirdline/shared/http/list.schemas';
import { api } from '../../api/client';

/** Every notifications query starts with this key, so one invalidation refreshes the bell and the list. */
export const NOTIFICATIONS_KEY = ['/notifications'];

export const fetchUnreadCount = () => api.get<{ unread: number }>('/notifications/unread-count');
export const fetchNotifications = (query: { page: number; pageSize: number; unread?: boolean }) =>
  api.get<Page<Notification> & { unread: number }>('/notifications', { query });
export const markNotificationRead = (id: string) => api.post<void>(`/notifications/${id}/read`);
export const markAllNotificationsRead = () => api.post<void>('/notifications/read-all');

export const PREFERENCES_KEY = ['/me/notification-preferences'];
export const fetchPreferences = () => api.get<NotificationPreferences>('/me/notification-preferences');
export const savePreferences = (channels: Record<string, ChannelSwitches>) =>
  api.put<NotificationPreferences>('/me/notification-preferences', { channels });

export const CHANNELS_KEY = ['/notification-channels'];
export const fetchChannels = () => api.get<{ items: NotificationChannel[] }>('/notification-channels');
export interface ChannelUpdate {
  vendor: NotificationChannel['vendor'];
  enabled: boolean;
  webhookUrl: string | null;
  secret?: string | null;
}
export const saveChannels = (items: ChannelUpdate[]) =>
  api.put<{ items: NotificationChannel[] }>('/notification-channels', { items });
export const testChannel = (vendor: string) =>
  api.post<{ ok: boolean; error: string | null }>(`/notification-channels/${vendor}/test`);

export const JOBS_KEY = ['/jobs'];
export const fetchJobs = () => api.get<JobsOverview>('/jobs');
export const runJob = (name: string) => api.post<{ jobId: string | null }>(`/jobs/${name}/run`);
export const retryJob = (id: string) => api.post<{ jobId: string | null }>(`/jobs/failed/${id}/retry`);

export const OUTBOX_KEY = ['/notification-outbox'];
export const fetchOutbox = (query: { page: number; pageSize: number; status?: string }) =>
  api.get<Page<OutboxEntry>>('/notification-outbox', { query });
export const retryOutbox = (id: string) => api.post<OutboxEntry>(`/notification-outbox/${id}/retry`);
