/** Module hooks for built-product.mjs: src/**.ts -> dist/**.js when the build has it. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = new URL('../src/', import.meta.url).href;
const dist = new URL('../dist/', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (resolved.url.startsWith(src) && resolved.url.endsWith('.ts')) {
    const built = dist + resolved.url.slice(src.length).replace(/\.ts$/, '.js');
    if (existsSync(fileURLToPath(built))) return { ...resolved, url: built, format: 'module' };
  }
  return resolved;
}
