import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite does not resolve chrono-node's "./*" export pattern (Node does): point the English
    // entry that src/extract/dates.ts imports at the file Node resolves it to.
    alias: [{ find: /^chrono-node\/en$/, replacement: fileURLToPath(import.meta.resolve('chrono-node/en')) }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores: PGlite instances are memory-hungry, keep parallelism modest.
    maxWorkers: 2,
    // Hang guards, not speed expectations: tests wait for conditions, and on a loaded two-core
    // machine opening PGlite and loading the demo corpus can take minutes.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Browser tests poll the page until it shows what they wait for.
    expect: { poll: { timeout: 60_000 } },
  },
});
