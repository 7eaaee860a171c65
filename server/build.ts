import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * `npm run serve` rebuilds `dist/` when it is missing or older than what it is built from (DESIGN §10), so that a
 * newcomer's first start, and a start after `git pull`, serve the code they have.
 */
export function ensureBuilt(root: string, distDir: string): void {
  const built = newest(join(distDir, 'index.html'));
  const sources = Math.max(
    ...['src', 'mocks', 'data', 'index.html', 'package-lock.json', 'vite.config.ts'].map((p) => newest(join(root, p))),
  );
  if (built > sources) return;
  console.log(built ? 'dist/ is older than the sources: building the app…' : 'building the app (dist/ is missing)…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', distDir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the build failed: see above');
}
