/**
 * `npm run bench [-- extract store tally api]`: every benchmark by default, or the named ones.
 * Each prints its figures; the README quotes them.
 */
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

for (const name of selected) {
  const file = resolve(here, `${name}.ts`);
  if (!existsSync(file)) {
    console.error(`bench: ${name}: ${file} is missing`);
    process.exitCode = 1;
    continue;
  }
  console.log(`\n== ${name}`);
  const mod = (await import(file)) as { run?: () => Promise<string> };
  if (typeof mod.run !== 'function') {
    console.error(`bench: ${name}: the module exports no run() function`);
    process.exitCode = 1;
    continue;
  }
  console.log(await mod.run());
}
