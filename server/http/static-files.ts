import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { encode, type Encoded } from '../served';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticFile {
  type: string;
  /** Hashed assets never change under their name: cached for a year. Everything else is checked every time. */
  cacheControl: string;
  body: Encoded;
}

/** The meta tag that tells the page it is served by the bureau server (`main.tsx` reads it before anything else). */
export const SERVER_META = '<meta name="gehu-api" content="server" />';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * The built app, read once at start into memory by URL path: a request is a lookup in this map, so no path a client
 * sends can reach a file outside `dist/` (there is no file system access per request to trick). Each file is
 * compressed once, gzip and brotli.
 */
export async function loadDist(
  distDir: string,
): Promise<{ files: Map<string, StaticFile>; index: StaticFile; csp: string }> {
  const files = new Map<string, StaticFile>();
  let index: StaticFile | null = null;
  let csp = '';
  for (const path of filesUnder(distDir)) {
    const urlPath = `/${relative(distDir, path).split(sep).join('/')}`;
    // Only what the build made for the browser: the benchmark's bare page is served from `dist/bench/` too.
    let bytes = readFileSync(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (urlPath === '/index.html') {
      const html = bytes.toString('utf8');
      csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
      bytes = Buffer.from(html.replace('<head>', `<head>\n    ${SERVER_META}`));
    }
    const file: StaticFile = {
      type,
      cacheControl: urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      body: await encode({ status: 200, problem: false, body: bytes }),
    };
    files.set(urlPath, file);
    if (urlPath === '/index.html') index = file;
  }
  if (!index) throw new Error(`${distDir} holds no index.html: build the app first (npm run build)`);
  if (!csp) throw new Error(`${distDir}/index.html carries no Content-Security-Policy: was it built by vite build?`);
  return { files, index, csp };
}
