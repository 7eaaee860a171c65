import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The mock API's cookie jar does not need the public-suffix list: see mocks/tldts-lite.ts.
    alias: [{ find: /^tldts$/, replacement: fileURLToPath(new URL('./mocks/tldts-lite.ts', import.meta.url)) }],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // The dataset arrives as lazy JSON chunks of the mock; warn only for app code that grows past this.
    chunkSizeWarningLimit: 700,
  },
});
