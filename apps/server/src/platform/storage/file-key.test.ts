import { mkdtempSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFileKey } from './file-key';

describe('file encryption key', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thirdline-key-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('generates a 256-bit key file with mode 0600 on first start and reuses it afterwards', async () => {
    const dir = path.join(tempDir(), 'data');
    const key = await loadFileKey({ DATA_DIR: dir });
    expect(key.length).toBe(32);
    const file = path.join(dir, 'file-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(key.toString('hex'));
    expect((await loadFileKey({ DATA_DIR: dir })).equals(key)).toBe(true);
  });

  it('gives every concurrent starter the same key', async () => {
    const dir = tempDir();
    const keys = await Promise.all(Array.from({ length: 10 }, () => loadFileKey({ DATA_DIR: dir })));
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
  });

  it('prefers FILE_ENCRYPTION_KEY and writes no file then', async () => {
    const dir = tempDir();
    const hex = 'ab'.repeat(32);
    expect((await loadFileKey({ DATA_DIR: dir, FILE_ENCRYPTION_KEY: hex })).toString('hex')).toBe(hex);
    await expect(stat(path.join(dir, 'file-key'))).rejects.toThrow();
  });

  it('refuses a damaged key file instead of replacing it', async () => {
    const dir = tempDir();
    await writeFile(path.join(dir, 'file-key'), 'not a key');
    await expect(loadFileKey({ DATA_DIR: dir })).rejects.toThrow('is not 64 hexadecimal characters');
    expect(await readFile(path.join(dir, 'file-key'), 'utf8')).toBe('not a key');
  });
});
