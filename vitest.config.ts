import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
  },
});
