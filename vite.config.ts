import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { ChunkingContext } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { EXTENSIONS } from './src/charts/registry.ts';
import { paletteCss } from './src/styles/palette.ts';

const ECHARTS = /node_modules[\\/](echarts|zrender)[\\/]/;
/** ECharts' files that only an extension of the chart registry uses: they load with it, not with the first chart. */
const extensionOnly = (id: string) => Object.values(EXTENSIONS).some(({ files }) => files.test(id));

const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
const APP = fileURLToPath(new URL('./src/app/start.tsx', import.meta.url));

/** The modules `from` imports statically, directly or through others, itself included. */
function staticGraph(context: ChunkingContext, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The app's first chunk: what the app (`src/app/start.tsx`, which the entry imports dynamically) imports statically,
 * less what the entry itself holds. One file rather than the dozen small ones that automatic splitting makes of the
 * modules the pages share: over HTTP/1.1 those queued behind the browser's six connections per host, with the mock
 * API's and the snapshot worker's requests, and the first render waited for the last of them. (Preloading it from
 * the HTML with `<link rel="modulepreload">` was tried and measured: no sooner first chart, and its compilation in one
 * long task cost Lighthouse's mobile blocking time about 100 ms.)
 */
function firstScreenGroup() {
  const members = new WeakMap<ChunkingContext, Set<string>>();
  return (id: string, context: ChunkingContext): string | null => {
    let set = members.get(context);
    if (!set) {
      const entry = staticGraph(context, ENTRY);
      set = new Set([...staticGraph(context, APP)].filter((member) => !entry.has(member)));
      members.set(context, set);
    }
    return set.has(id) ? 'app' : null;
  };
}

/**
 * The built page's Content-Security-Policy, as a meta tag: scripts only from the app's own origin (no inline script,
 * no eval), the API on its own origin or the one VITE_API_BASE_URL names, workers only from the origin.
 * Styles allow inline attributes: React and ECharts set sizes and positions on elements, and ECharts' tooltips are
 * markup with style attributes (their text is escaped). Not in `vite dev`, whose React refresh preamble is inline.
 */
function contentSecurityPolicy(): Plugin {
  let policy = '';
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved({ env }) {
      const apiBaseUrl = (env.VITE_API_BASE_URL as string | undefined) ?? '';
      const api = /^https?:\/\//.test(apiBaseUrl) ? ` ${new URL(apiBaseUrl).origin}` : '';
      policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        `connect-src 'self'${api}`,
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; ');
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The shared palette (`src/styles/palette.ts`) as a style sheet, `virtual:palette.css`, which the entry loads before
 * the others: the sheets and the charts take their colours from one source.
 */
function palette(): Plugin {
  const id = 'virtual:palette.css';
  return {
    name: 'palette',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? paletteCss() : null),
  };
}

/** A build that ships an import as its default fails early, and says what to do, when there is none to ship. */
function shippedDataset(): Plugin {
  return {
    name: 'shipped-dataset',
    configResolved({ env }) {
      if (env.VITE_DATASET !== 'imported') return;
      const shipped = ['water.json', 'sewers.json'].filter((name) =>
        existsSync(fileURLToPath(new URL(`./data/imported/${name}`, import.meta.url))),
      );
      if (shipped.length === 0)
        throw new Error('VITE_DATASET=imported, but data/imported/ is empty: run `npm run data:import -- FILE…` first');
    },
  };
}

export default defineConfig({
  plugins: [react(), palette(), contentSecurityPolicy(), shippedDataset()],
  // The import worker is a module worker: SheetJS, which it needs only for workbooks, stays a chunk of its own.
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        // The illustrative dataset's small files in one chunk: the mock API's first answers need most of them, and
        // one request beats seven in the queue. The readings, the villages and the monthly progress stay apart:
        // only some pages need them, and they are most of the bytes.
        codeSplitting: {
          groups: [
            {
              name: 'illustrative-data',
              test: /[\\/]data[\\/](meta|stations|transfer-events|water-daily|water-figures|sewers-figures|sewers-towns)\.json$/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    modulePreload: false,
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
              test: (id: string) => ECHARTS.test(id) && !extensionOnly(id),
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: firstScreenGroup(), debugName: 'app', includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
