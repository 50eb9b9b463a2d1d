/**
 * `npm run bench [-- extract cli store tally api]`: every benchmark by default, or the named ones.
 * Each prints its figures; the README quotes them.
 *
 * Benchmarks measure the product as it ships: each is bundled (esbuild) with its imports of
 * src/ pointing at their build in dist/ (`npm run bench` builds it first), and runs in a plain
 * Node.js process of its own with the V8 settings of the `tally` command (src/runtime.ts, and the
 * flags of bin/tally.js's first line). Not
 * through tsx: its transform wraps every function made in a name-keeping call and its loader
 * thread holds memory of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { tallyCommand } from './tally-command.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const out = join(root, 'node_modules', '.cache', 'tally-bench');

const all = ['extract', 'cli', 'store', 'tally', 'api'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = wanted.length ? wanted : all;
const unknown = selected.filter((s) => !all.includes(s));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${all.join(', ')}`);
  process.exit(2);
}

/** Imports of src/ become imports of the build in dist/ (the web UI's modules, built by Vite, are bundled from source). */
const builtProduct: Plugin = {
  name: 'built-product',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      if (!path.startsWith(src + '/') || path.startsWith(join(src, 'web') + '/')) return undefined;
      const built = join(dist, relative(src, path));
      if (!existsSync(built)) return { errors: [{ text: `${built} is missing: run "npm run build" first` }] };
      return { path: pathToFileURL(built).href, external: true };
    });
  },
};

mkdirSync(out, { recursive: true });
// Each benchmark in a process of its own: one's heap and caches must not weigh on the next.
for (const name of selected) {
  const file = join(out, `${name}.mjs`);
  await build({
    stdin: {
      contents: `import { tuneRuntime } from '../src/runtime.js';\ntuneRuntime();\nconst { run } = await import('./${name}.ts');\nconsole.log(await run());\n`,
      resolveDir: here,
      sourcefile: `${name}-main.ts`,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: file,
    plugins: [builtProduct],
    logLevel: 'warning',
  });
  console.log(`\n== ${name}`);
  // With the V8 flags of the installed command's first line (bin/tally.js), as the product runs.
  const node = tallyCommand(join(root, 'bin', 'tally.js')).slice(0, -1);
  const r = spawnSync(node[0]!, [...node.slice(1), file], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`bench: ${name} failed (exit ${r.status ?? r.signal})`);
    process.exitCode = 1;
  }
}
