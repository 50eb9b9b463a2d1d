/**
 * PGlite does not lock its data directory: two processes writing one directory corrupt it.
 * Tally takes a lock file holding its pid, refuses a second writer while that process lives,
 * and takes over a lock left by a process that died (kill -9, power loss). A holder that
 * shares the database (`tally serve`) writes the socket address on the second line: other
 * processes then connect to it instead of opening the directory.
 */
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirInUse } from './errors.js';

function readLock(path: string): { pid: number; address: string | null } {
  const [pid, address] = readFileSync(path, 'utf8').split('\n');
  return { pid: Number(pid?.trim()), address: address?.trim() || null };
}

export class DataDirLock {
  private constructor(private readonly path: string) {}

  static acquire(dir: string): DataDirLock {
    const path = join(dir, 'tally.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirLock(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const { pid, address } = readLock(path);
        if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirInUse(dir, pid, address);
        // Stale lock from a process that is gone: take it over.
        rmSync(path, { force: true });
      }
    }
    throw new Error(`cannot lock the data directory ${dir}`);
  }

  /** Say where other processes reach the database this process holds. */
  share(address: string): void {
    writeFileSync(this.path, `${process.pid}\n${address}\n`);
  }

  release(): void {
    try {
      if (readLock(this.path).pid === process.pid) rmSync(this.path, { force: true });
    } catch {
      // already gone
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
