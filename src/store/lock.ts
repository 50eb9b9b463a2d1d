/**
 * PGlite does not lock its data directory: two processes writing one directory corrupt it.
 * Tally takes a lock file holding its pid, refuses a second writer while that process lives,
 * and takes over a lock left by a process that died (kill -9, power loss).
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

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
        const pid = Number(readFileSync(path, 'utf8').trim());
        if (pid && pid !== process.pid && isAlive(pid)) {
          throw new Error(
            `the data directory ${dir} is in use by another Tally process (pid ${pid}); stop it first, or use a PostgreSQL server (--database-url) for several processes`,
          );
        }
        // Stale lock from a process that is gone: take it over.
        rmSync(path, { force: true });
      }
    }
    throw new Error(`cannot lock the data directory ${dir}`);
  }

  release(): void {
    try {
      if (Number(readFileSync(this.path, 'utf8').trim()) === process.pid) rmSync(this.path, { force: true });
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
