import { createInterface } from 'node:readline';

/**
 * A password from the terminal, typed twice and not echoed; or the first line of standard input when it is not a
 * terminal (`echo "$PW" | npm run serve -- user add NAME`).
 */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      // Echo nothing of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(prompt)) process.stdout.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('password: ');
  const second = await ask('again: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}
