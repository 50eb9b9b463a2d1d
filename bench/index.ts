/**
 * `npm run bench [-- extract store tally api]`: every benchmark by default, or the named ones.
 * Each prints its figures; the README quotes them. They run the build in dist/, as `tally` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const all = ['extract', 'store', 'tally', 'api'];
const selected = wanted.length ? wanted : all;
const unknown = selected.filter((s) => !all.includes(s));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${all.join(', ')}`);
  process.exit(2);
}

// Each benchmark in a process of its own: one's heap and caches must not weigh on the next.
for (const name of selected) {
  const file = resolve(here, `${name}.ts`);
  if (!existsSync(file)) {
    console.error(`bench: ${name}: ${file} is missing`);
    process.exitCode = 1;
    continue;
  }
  console.log(`\n== ${name}`);
  // The built product (see built-product.mjs); `npm run bench` builds it first.
  const r = spawnSync(process.execPath, [...process.execArgv, '--import', resolve(here, 'built-product.mjs'), file], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`bench: ${name} failed (exit ${r.status ?? r.signal})`);
    process.exitCode = 1;
  }
}
