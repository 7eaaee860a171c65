import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Debian's Chromium, headless, with a fresh profile and the DevTools protocol on a free port, for the benchmarks
 * that talk to it directly (Lighthouse, the wall soak) rather than through Playwright. `close` ends its whole process
 * group and removes the profile.
 */
export async function launchDebuggableChromium(extraArgs: readonly string[] = []) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = spawn(
    chromiumLaunchOptions.executablePath,
    [
      ...chromiumLaunchOptions.args,
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      ...extraArgs,
      'about:blank',
    ],
    // Its own process group, so that closing it takes its helper processes too.
    { stdio: 'ignore', detached: true },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100 && !existsSync(portFile); attempt++) await sleep(100);
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  const close = async () => {
    const exited = once(browser, 'exit');
    process.kill(-browser.pid!);
    await exited;
    // Helpers may still be writing to the profile for a moment.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  return { port, close };
}
