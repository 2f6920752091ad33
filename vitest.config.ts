import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
    // Some tests start the command line as a process, several times: on a busy CI machine that takes seconds.
    // (Timings that matter are bounded inside the tests that measure them.)
    testTimeout: 20_000,
  },
});
