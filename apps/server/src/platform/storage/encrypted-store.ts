import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the files row keeps about an encrypted body. */
export interface StoredBody {
  storageKey: string;
  iv: string;
  authTag: string;
  sizeBytes: number;
  sha256: string;
}

const ALGORITHM = 'aes-256-gcm';

export class FileIntegrityError extends Error {}

/**
 * File bodies encrypted at rest with AES-256-GCM: a random 12-byte IV per file, the file id as additional
 * authenticated data (a body moved under another id does not decrypt), the tag kept in the files row.
 * Bodies live at `<dir>/<last two characters of the id>/<id>`; everything is streamed.
 */
export class EncryptedFileStore {
  private key: Promise<Buffer> | undefined;

  constructor(
    private readonly dir: string,
    private readonly loadKey: () => Promise<Buffer>,
  ) {}

  private getKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((err: unknown) => {
      this.key = undefined;
      throw err;
    });
    return this.key;
  }

  private pathOf(storageKey: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(storageKey)) throw new Error(`invalid storage key ${storageKey}`);
    return path.join(this.dir, storageKey);
  }

  static storageKeyOf(id: string): string {
    return `${id.slice(-2)}/${id}`;
  }

  /**
   * Streams `source` through `inspect` (which may refuse the content by erroring), a SHA-256 and the cipher to disk.
   * On any failure nothing is left behind.
   */
  async write(id: string, source: Readable, inspect: Transform[] = []): Promise<StoredBody> {
    const key = await this.getKey();
    const storageKey = EncryptedFileStore.storageKeyOf(id);
    const target = this.pathOf(storageKey);
    const partial = `${target}.part`;
    await mkdir(path.dirname(target), { recursive: true });
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(Buffer.from(id));
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline([source, ...inspect, measure, cipher, createWriteStream(partial, { flags: 'wx', mode: 0o600 })]);
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    return {
      storageKey,
      iv: iv.toString('hex'),
      authTag: cipher.getAuthTag().toString('hex'),
      sizeBytes: size,
      sha256: hash.digest('hex'),
    };
  }

  /** A stream of the decrypted bytes; it errors at the end if the body was altered. Call `verify` first. */
  async read(id: string, body: StoredBody): Promise<Readable> {
    const key = await this.getKey();
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(body.iv, 'hex'))
      .setAAD(Buffer.from(id))
      .setAuthTag(Buffer.from(body.authTag, 'hex'));
    const source = createReadStream(this.pathOf(body.storageKey));
    source.on('error', (err) => decipher.destroy(err));
    return source.pipe(decipher);
  }

  /**
   * Decrypts the whole body without keeping it and checks the GCM tag and the recorded SHA-256, so a download
   * starts only when the bytes are known to be intact. Throws FileIntegrityError otherwise.
   */
  async verify(id: string, body: StoredBody): Promise<void> {
    const hash = createHash('sha256');
    let size = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback();
      },
    });
    try {
      await pipeline(await this.read(id, body), sink);
    } catch (err) {
      throw new FileIntegrityError(`file ${id} failed verification: ${(err as Error).message}`, { cause: err });
    }
    if (size !== body.sizeBytes || hash.digest('hex') !== body.sha256) {
      throw new FileIntegrityError(`file ${id} does not match its recorded size or SHA-256`);
    }
  }

  async remove(storageKey: string): Promise<void> {
    const target = this.pathOf(storageKey);
    await rm(target, { force: true });
    await rm(`${target}.part`, { force: true });
  }

  /** Absolute path of a body (for tests and tooling). */
  locate(storageKey: string): string {
    return this.pathOf(storageKey);
  }
}
