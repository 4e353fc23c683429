import type { Env } from './config/env';
import type { Database, Db } from './db/client';
import type { RecordReaders } from './platform/audit/record-readers';
import type { Clock } from './platform/calendar/clock';
import type { DueItemRegistry } from './platform/jobs/due-items';
import type { NotificationKindRegistry } from './platform/notifications/kinds';
import type { EncryptedFileStore } from './platform/storage/encrypted-store';

/** What every module's routes and commands are given: configuration, the database and the clock. */
export interface AppContext {
  env: Env;
  database: Database;
  db: Db;
  clock: Clock;
  /**
   * Who may read which record, registered by the modules (audit history, attached files).
   * buildApp creates one when absent and passes it on to the modules.
   */
  recordReaders?: RecordReaders;
  /**
   * The kinds of dated obligations (contract end, report due …) the modules register for the reminder scan.
   * buildApp creates one when absent and passes it on to the modules.
   */
  dueItems?: DueItemRegistry;
  /**
   * The kinds of notification the modules send directly (not through the reminder scan), registered at start so the
   * preferences page offers them before the first one arrives. buildApp creates one when absent.
   */
  notificationKinds?: NotificationKindRegistry;
  /**
   * The file encryption key, loaded at start (main.ts) so the key file exists from the first start.
   * When absent it is loaded from FILE_ENCRYPTION_KEY or `<DATA_DIR>/file-key` on first use.
   */
  fileKey?: Buffer;
  /** The encrypted file store (buildApp sets it): modules that guard their own file content read bodies from it. */
  fileStore?: EncryptedFileStore;
}
