import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // A warning is a failure: tests that print unexpected errors are caught by their own assertions.
    pool: 'forks',
    // Vitest's default leaves one core idle (one worker on a two-core machine): the server tests
    // wait on scrypt and sockets as much as they compute, so every core gets a worker.
    maxWorkers: availableParallelism(),
    minWorkers: 1,
  },
});
