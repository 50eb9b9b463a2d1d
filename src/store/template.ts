/**
 * A new embedded store starts as a copy of an empty store made at build time.
 *
 * PGlite creates a database by running initdb in WebAssembly and then copying its ~1,000 files
 * into the data directory, and the store's migrations follow: about 5 s of CPU and 800 MB of
 * memory, paid by the first `tally ingest` or `tally demo` of every user. `npm run build` does
 * it once and saves the files of the new, migrated and cleanly closed store beside this module
 * (dist/store/pglite-template.bin, gzipped); a new store writes them back and PGlite opens it as
 * an existing database (migrations added since are applied on open as usual; those in the
 * template carry the build's time as applied_at). The template records the PGlite version that
 * made it and is used only by that version; without it a store is created as before.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';

const TEMPLATE = new URL('./pglite-template.bin', import.meta.url);

interface SavedTemplate {
  pglite: string;
  /** Folders (relative paths, parents first), then files with their bytes. */
  dirs: string[];
  files: Array<[path: string, bytes: Uint8Array]>;
}

/** The installed PGlite's version (its package.json sits one folder above its entry's dist/). */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

function walk(root: string, dir: string, out: SavedTemplate): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.dirs.push(relative(root, path));
      walk(root, path, out);
    } else out.files.push([relative(root, path), readFileSync(path)]);
  }
}

/** Creates an empty store and saves its database's files (run by `npm run build`); returns the template's path. */
export async function writeStoreTemplate(file: URL | string = TEMPLATE): Promise<string> {
  // From nothing: not from the template of an earlier build.
  rmSync(file, { force: true });
  const { Store } = await import('./index.js');
  const work = mkdtempSync(join(tmpdir(), 'tally-template-'));
  try {
    const store = await Store.open({ dataDir: work });
    await store.close();
    const dir = join(work, 'pg');
    const saved: SavedTemplate = { pglite: pgliteVersion(), dirs: [], files: [] };
    walk(dir, dir, saved);
    writeFileSync(file, gzipSync(serialize(saved), { level: 6 }));
    return typeof file === 'string' ? file : file.pathname;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Writes the template's database into `pgDir` (which must not exist) when a template made by
 * the installed PGlite is there; returns whether it did. The files go to a sibling folder that
 * is renamed into place, so an interrupted copy never leaves a half database behind.
 */
export function startFromTemplate(pgDir: string, file: URL | string = TEMPLATE): boolean {
  if (existsSync(pgDir) || !existsSync(file)) return false;
  let saved: SavedTemplate;
  try {
    saved = deserialize(gunzipSync(readFileSync(file))) as SavedTemplate;
  } catch {
    return false; // a torn or foreign file: PGlite creates the database instead
  }
  if (saved.pglite !== pgliteVersion()) return false;
  const staging = `${pgDir}.new-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    for (const d of saved.dirs) mkdirSync(join(staging, d));
    for (const [path, bytes] of saved.files) writeFileSync(join(staging, path), bytes);
    renameSync(staging, pgDir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  return true;
}
