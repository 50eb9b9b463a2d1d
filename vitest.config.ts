import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores: PGlite instances are memory-hungry, keep parallelism modest.
    maxWorkers: 2,
    testTimeout: 60_000,
    // Suite setup builds the web UI and loads the demo corpus: minutes on a loaded two-core machine.
    hookTimeout: 600_000,
    // Browser tests poll the page; on a loaded two-core machine a second is not always enough.
    expect: { poll: { timeout: 15_000 } },
  },
});
