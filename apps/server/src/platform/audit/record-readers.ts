import type { Executor } from '../../db/client';
import type { Actor } from '../auth/actor';

/** Answers whether the actor may read one record of a type (the module's policy decides). */
export type RecordReader = (db: Executor, actor: Actor, recordId: string) => Promise<boolean>;

/**
 * Modules register, per record type, who may read a record. Platform features that follow a record's visibility
 * (its audit history, files attached to it) ask here, so platform never imports a module.
 */
export class RecordReaders {
  private readonly readers = new Map<string, RecordReader>();

  register(recordType: string, reader: RecordReader): void {
    if (this.readers.has(recordType)) throw new Error(`a record reader for "${recordType}" is already registered`);
    this.readers.set(recordType, reader);
  }

  has(recordType: string): boolean {
    return this.readers.has(recordType);
  }

  /** False when no reader is registered for the type: an unknown record is never readable. */
  async canRead(db: Executor, actor: Actor, recordType: string, recordId: string): Promise<boolean> {
    const reader = this.readers.get(recordType);
    if (!reader) return false;
    return reader(db, actor, recordId);
  }
}
