/**
 * `npm run lint` keeps the packages of src/ a DAG:
 *
 *   domain ← places ← extract ← ingest → store ← tally ← server ← cli
 *
 * with leaves any of them may use (calendar days, http(s) addresses, source naming: src/sources,
 * the document fingerprint: src/fingerprint.ts)
 *
 * (eval measures extraction, and the demo's tally through the CLI's loader; web talks to the
 * server over HTTP and shares only domain types and the wire types inferred from the API's
 * schemas, src/server/wire.ts, imported type-only).
 * Every relative import, static or dynamic, type-only or not, is checked. The imports that
 * break it are listed in KNOWN, file by file (none today); a new one fails the check, and so
 * does a KNOWN entry that no longer exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** What each package may import besides itself. */
const LEAVES = ['calendar', 'urls', 'sources', 'fingerprint'];

const ALLOWED: Record<string, string[]> = {
  domain: [],
  runtime: [],
  // Leaves every package may use: calendar days, http(s) addresses, source naming and types, the document fingerprint.
  calendar: [],
  urls: [],
  fingerprint: [],
  sources: ['domain'],
  places: ['domain'],
  extract: ['domain', 'places', ...LEAVES],
  ingest: ['domain', 'places', 'extract', 'store', ...LEAVES],
  store: ['domain', 'places', ...LEAVES],
  tally: ['domain', 'store', ...LEAVES],
  server: ['domain', 'runtime', 'places', 'extract', 'ingest', 'store', 'tally', ...LEAVES],
  cli: ['domain', 'runtime', 'places', 'extract', 'ingest', 'store', 'tally', 'server', ...LEAVES],
  // The tally agreement of the demo loads it as the CLI does, into a store, and tallies it.
  eval: ['domain', 'places', 'extract', 'store', 'tally', 'cli', ...LEAVES],
  web: ['domain'],
};

/** Single files a package may import type-only from a package it may not otherwise use (from src/). */
const TYPE_ONLY: Record<string, string[]> = {
  // The API's wire types (z.infer of the schemas): erased from the browser bundle.
  web: ['server/wire.ts'],
};

/** Imports that break the DAG today (file -> imported file, from src/). */
const KNOWN = new Set([]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const packageOf = (file: string) =>
  relative(src, file)
    .split('/')[0]!
    .replace(/\.tsx?$/, '');
// `from '...'`, `import '...'`, `import('...')`, `export ... from '...'`: relative specifiers only.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
// `import type { ... } from '...'` and `export type { ... } from '...'`: erased at build time.
const TYPE_IMPORT = /\b(?:import|export)\s+type\s*\{[^}]*\}\s*from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

const problems: string[] = [];
const seen = new Set<string>();
for (const file of files(src)) {
  const from = packageOf(file);
  const allowed = ALLOWED[from];
  if (!allowed) {
    problems.push(`src/${relative(src, file)}: package "${from}" has no place in the DAG (add it to ALLOWED in scripts/check-imports.ts)`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  // How many type-only imports name each specifier: a type-only file must be named by no other kind.
  const typeOnly = new Map<string, number>();
  for (const m of text.matchAll(TYPE_IMPORT)) typeOnly.set(m[1]!, (typeOnly.get(m[1]!) ?? 0) + 1);
  const named = new Map<string, number>();
  for (const m of text.matchAll(IMPORT)) named.set(m[1]!, (named.get(m[1]!) ?? 0) + 1);
  for (const m of text.matchAll(IMPORT)) {
    const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts');
    const to = packageOf(target);
    if (to === from || allowed.includes(to)) continue;
    const edge = `${relative(src, file)} -> ${relative(src, target)}`;
    if (TYPE_ONLY[from]?.includes(relative(src, target))) {
      const problem = `src/${edge}: import it with "import type" (only its types may reach ${from})`;
      if (typeOnly.get(m[1]!) !== named.get(m[1]!) && !problems.includes(problem)) problems.push(problem);
      continue;
    }
    seen.add(edge);
    if (!KNOWN.has(edge)) problems.push(`src/${edge}: ${from} may import only ${allowed.join(', ') || 'nothing'} (the DAG in scripts/check-imports.ts)`);
  }
}
for (const edge of KNOWN) if (!seen.has(edge)) problems.push(`${edge}: listed as a known exception but no longer imported; remove it from KNOWN`);

if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`imports: ${files(src).length} files follow the DAG (${KNOWN.size} known exceptions)\n`);
}
