import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

export const PREVIEW_URL = 'http://127.0.0.1:4173';

/** Builds the app and serves the production build on 127.0.0.1:4173 until `stop()` is called. */
export async function startPreview({ build = true } = {}): Promise<{ stop: () => void }> {
  if (build) {
    const result = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(PREVIEW_URL)).ok) return { stop };
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
