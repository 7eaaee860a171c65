/**
 * `tsx tests/tools/run-parallel.ts SCRIPT…`: runs npm scripts side by side (type-check and lint are each one thread:
 * on two cores they take the time of the longer one instead of the sum), prefixes their output, and fails when any
 * fails.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const codes = await Promise.all(
  scripts.map(
    (script) =>
      new Promise<number>((resolve) => {
        const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
        const relay = (target: NodeJS.WriteStream) => (chunk: Buffer) =>
          target.write(
            chunk
              .toString()
              .split('\n')
              .map((line) => (line ? `[${script}] ${line}` : line))
              .join('\n'),
          );
        child.stdout.on('data', relay(process.stdout));
        child.stderr.on('data', relay(process.stderr));
        child.on('close', (code) => resolve(code ?? 1));
      }),
  ),
);
for (const [i, code] of codes.entries()) if (code !== 0) console.error(`${scripts[i]} failed (exit ${code})`);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
