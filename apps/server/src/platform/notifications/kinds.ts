import { BASE_NOTIFICATION_KINDS } from '@thirdline/shared/notifications/notifications.schemas';

const KIND_CODE = /^[a-z][a-z0-9-]*$/;

/**
 * Every kind of notification the app sends, so each user can choose channels per kind before the first one
 * arrives. The platform's own kinds are there from the start; modules register theirs at start-up (the due-item
 * kinds of the reminder scan are offered too, from their own registry).
 */
export class NotificationKindRegistry {
  private readonly codes = new Set<string>(BASE_NOTIFICATION_KINDS);

  /** Registering a kind twice is harmless (several parts of a module may send the same kind). */
  register(...codes: string[]): void {
    for (const code of codes) {
      if (!KIND_CODE.test(code)) throw new Error(`notification kind "${code}" is not a kebab-case code`);
      this.codes.add(code);
    }
  }

  /** The registered kinds, sorted. */
  kinds(): string[] {
    return [...this.codes].sort();
  }
}
