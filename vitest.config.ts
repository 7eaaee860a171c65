import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Vitest's default is one worker less than the cores: on CI's two that is one, and the suite takes 1.4× as long
      // (the main process, which transforms the files, is mostly idle).
      maxWorkers: Math.max(2, availableParallelism() - 1),
      reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: [
              'src/**/*.test.ts',
              'mocks/**/*.test.ts',
              'data/**/*.test.ts',
              'tests/contract/**/*.test.ts',
              'tests/bench/**/*.test.ts',
              'tests/tools/**/*.test.ts',
            ],
            setupFiles: ['src/testing/setup-catalogues.ts'],
            // Not Shanghai on purpose: every displayed time must be Shanghai's whatever the machine's zone.
            env: { TZ: 'America/New_York' },
          },
        },
        {
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['tests/server/**/*.test.ts'],
            globalSetup: ['tests/server/pglite-template.ts'],
            setupFiles: ['src/testing/setup-catalogues.ts'],
            env: { TZ: 'America/New_York' },
            // PGlite servers and PostgreSQL connections: slower to start than a unit test.
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['src/testing/setup-catalogues.ts', 'src/testing/setup-components.ts'],
            env: { TZ: 'Europe/London' },
          },
        },
      ],
    },
  }),
);
