#!/usr/bin/env node
// Runs a command against a throwaway PostgreSQL cluster on 127.0.0.1 (started in a temp dir, removed afterwards).
// Usage: node scripts/with-postgres.mjs <command> [args…]   — the command sees TEST_DATABASE_URL and BENCH_DATABASE_URL.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: with-postgres.mjs <command> [args…]');
  process.exit(2);
}

function findBin() {
  for (const v of ['17', '16', '15']) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(path.join(dir, 'initdb'))) return dir;
  }
  throw new Error('PostgreSQL server binaries not found (install postgresql-15).');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const bin = findBin();
const isRoot = process.getuid?.() === 0;
const dir = mkdtempSync(path.join(os.tmpdir(), 'thirdline-pg-'));
chmodSync(dir, 0o777);
const dataDir = path.join(dir, 'data');
const port = await freePort();
const password = 'thirdline';

function asOwner(file, args) {
  if (isRoot)
    return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [file, ...args].map(quote).join(' ')], {
      stdio: 'pipe',
    });
  return execFileSync(file, args, { stdio: 'pipe' });
}
function quote(s) {
  return `'${String(s).replace(/'/g, `'\\''`)}'`;
}

const pwFile = path.join(dir, 'pw');
writeFileSync(pwFile, password, { mode: 0o644 });
asOwner(path.join(bin, 'initdb'), [
  '-D',
  dataDir,
  '-U',
  'postgres',
  '--pwfile',
  pwFile,
  '-A',
  'scram-sha-256',
  '-E',
  'UTF8',
  '--locale',
  'C.UTF-8',
]);
const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
asOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);

const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
let stopped = false;
function stop() {
  if (stopped) return;
  stopped = true;
  try {
    asOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
  } catch {
    /* already gone */
  }
  rmSync(dir, { recursive: true, force: true });
}
console.log(`PostgreSQL ${path.basename(path.dirname(bin))} running on 127.0.0.1:${port}`);

const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url, BENCH_DATABASE_URL: url },
  shell: process.platform === 'win32',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
