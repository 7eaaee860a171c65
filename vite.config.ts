import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const ECHARTS = /node_modules[\\/](echarts|zrender)[\\/]/;
/** ECharts modules only the detail pages use (zoom, bars and their helpers): they load with those pages. */
const DETAIL_ONLY =
  /[\\/](dataZoom|chart[\\/]bar|layout[\\/]bar|axisSnippets|sectorHelper|axisStatisticsMetricsImpl|sectorLabel|sausage)/;

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
            { name: 'echarts', test: (id: string) => ECHARTS.test(id) && !DETAIL_ONLY.test(id) },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
