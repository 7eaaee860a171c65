import { defineConfig } from 'vite';

/** Builds the bare one-chart page into test-results/bare-chart (not part of the app). */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: { outDir: '../../../test-results/bare-chart', emptyOutDir: true },
  preview: { host: '127.0.0.1', strictPort: true },
});
