import type { Executor } from '../../db/client';

/** What delivery needs to know about a user; the org module owns users and implements the look-up. */
export interface NotificationRecipient {
  id: string;
  displayName: string;
  email: string | null;
  /** `zh-CN` or `en-US`: the language of their e-mails. */
  locale: string;
  active: boolean;
}

export interface NotificationDirectory {
  recipients(db: Executor, ids: readonly string[]): Promise<Map<string, NotificationRecipient>>;
}

export interface NotificationRouting {
  /** Who users are (e-mail address, language). Without one, only in-app notifications and chat messages. */
  directory?: NotificationDirectory;
  /** E-mail rows are written only when SMTP is configured (`SMTP_URL`). */
  emailEnabled: boolean;
}

let routing: NotificationRouting = { emailEnabled: false };

/**
 * Set once at start by app wiring (buildApp): `insertNotifications` keeps its `(tx, items, at)` signature for
 * every caller, so what it routes to is configuration of the process, not a parameter.
 */
export function configureNotificationRouting(next: NotificationRouting): void {
  routing = next;
}

export function notificationRouting(): NotificationRouting {
  return routing;
}
