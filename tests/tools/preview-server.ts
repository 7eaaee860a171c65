import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

/** 4173 unless PREVIEW_PORT says otherwise (so that a long benchmark can run beside the browser tests). */
const PORT = process.env.PREVIEW_PORT ?? '4173';
export const PREVIEW_URL = `http://127.0.0.1:${PORT}`;

/**
 * Builds a Vite project (the app unless `config` names another) and serves its build on 127.0.0.1:`port` until
 * `stop()` is called. `PREVIEW_OUT_DIR` serves a build kept elsewhere instead (a long benchmark on a copy, while
 * `dist/` is rebuilt).
 */
export async function startPreview({
  build = true,
  config,
  port = PORT,
  outDir = process.env.PREVIEW_OUT_DIR,
}: { build?: boolean; config?: string; port?: string; outDir?: string } = {}): Promise<{ stop: () => void }> {
  const configArgs = config ? ['--config', config] : [];
  const outDirArgs = !config && outDir ? ['--outDir', outDir] : [];
  if (build) {
    const result = spawnSync('npx', ['vite', 'build', ...configArgs], { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`vite build ${configArgs.join(' ')} failed`);
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', ...configArgs, ...outDirArgs, '--host', '127.0.0.1', '--port', port, '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return { stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error('vite preview did not start');
}

/** Debian's Chromium, launched as the browser tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
