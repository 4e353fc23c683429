import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const FILE_KEY_NAME = 'file-key';

/**
 * The 256-bit key that encrypts file bodies: FILE_ENCRYPTION_KEY (hex) when set, else the key file
 * `<DATA_DIR>/file-key`, generated on first start with mode 0600. Losing it makes every stored file unreadable.
 */
export async function loadFileKey(env: {
  FILE_ENCRYPTION_KEY?: string | undefined;
  DATA_DIR: string;
}): Promise<Buffer> {
  if (env.FILE_ENCRYPTION_KEY) return Buffer.from(env.FILE_ENCRYPTION_KEY, 'hex');
  const file = path.join(env.DATA_DIR, FILE_KEY_NAME);
  const existing = await readKeyFile(file);
  if (existing) return existing;
  await mkdir(env.DATA_DIR, { recursive: true });
  // Write the key completely under a private name, then link it into place: link fails if another instance got
  // there first, and nobody ever reads a half-written key file.
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    await unlink(temp);
  }
  const created = await readKeyFile(file);
  if (!created) throw new Error(`could not create the file encryption key ${file}`);
  return created;
}

async function readKeyFile(file: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error(`the file encryption key ${file} is not 64 hexadecimal characters`);
  }
  return Buffer.from(hex, 'hex');
}
