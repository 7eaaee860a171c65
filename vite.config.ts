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
    // ECharts' tree-shaken core with our chart types is about 550 kB minified (190 kB gzip) on its own.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries that change rarely in chunks of their own: they download in parallel and stay cached across
        // releases of the app code.
        codeSplitting: {
          groups: [
            {
              name: 'echarts',
              // What only the detail pages draw (zoom, bars) stays with them, out of the first screen's chunk.
              test: (id: string) =>
                /node_modules[\\/](echarts|zrender)[\\/]/.test(id) && !/[\\/](dataZoom|chart[\\/]bar)/.test(id),
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
