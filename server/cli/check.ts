import { API } from '../http/app';
import { SERVER_META } from '../http/static-files';

/**
 * `npm run serve -- check URL`: whether a deployment reaches the bureau server through whatever stands in front of it
 * (a proxy that serves `dist/` itself would serve the mock, and one that buffers would hold the walls' notices).
 * Returns the problems found; none when all is well.
 */
export async function checkDeployment(address: string, log: (line: string) => void): Promise<string[]> {
  const problems: string[] = [];
  const base = new URL(address);
  const step = async (name: string, work: () => Promise<string | null>) => {
    try {
      const problem = await work();
      log(`${problem ? '✗' : '✓'} ${name}${problem ? `: ${problem}` : ''}`);
      if (problem) problems.push(`${name}: ${problem}`);
    } catch (error) {
      log(`✗ ${name}: ${(error as Error).message}`);
      problems.push(`${name}: ${(error as Error).message}`);
    }
  };
  const at = (path: string) => new URL(path, base);
  await step('the page is the server’s', async () => {
    const response = await fetch(at('/'), { headers: { accept: 'text/html' } });
    if (!response.ok) return `GET / answered ${response.status}`;
    return (await response.text()).includes(SERVER_META)
      ? null
      : 'the page has no server meta tag: something else serves dist/ (the app would run its mock)';
  });
  await step('the server is ready', async () => {
    const response = await fetch(at('/readyz'));
    return response.ok ? null : `GET /readyz answered ${response.status}`;
  });
  await step('the API answers from the database', async () => {
    const response = await fetch(at(`${API}/meta`));
    if (!response.ok) return `GET ${API}/meta answered ${response.status}`;
    const meta = (await response.json()) as { sources?: unknown };
    return meta.sources ? null : 'the answer is not the contract’s /meta';
  });
  await step('change notices stream unbuffered', async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    try {
      const response = await fetch(at(`${API}/changes`), {
        signal: controller.signal,
        headers: { 'accept-encoding': 'gzip, br' },
      });
      if (!response.ok) return `GET ${API}/changes answered ${response.status}`;
      if (!response.headers.get('content-type')?.startsWith('text/event-stream')) return 'not an event stream';
      if (response.headers.get('content-encoding'))
        return `compressed (${response.headers.get('content-encoding')}) on the way: events would wait`;
      const reader = response.body!.getReader();
      let text = '';
      while (!text.includes('event: change')) {
        const { value, done } = await reader.read();
        if (done) return 'the stream ended before its first event';
        text += new TextDecoder().decode(value);
      }
      return null;
    } catch (error) {
      if (controller.signal.aborted)
        return 'no event within 5 s: a proxy buffers the stream (X-Accel-Buffering, proxy_buffering off)';
      throw error;
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  });
  return problems;
}
