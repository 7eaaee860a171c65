import { request } from 'node:http';

/** A GET with the path sent byte for byte as given (fetch would resolve `..` and `%2e%2e` before sending). */
export function rawGet(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Reads `GET /api/v1/changes` as a test client: the events as they arrive, and the response's headers. */
export async function openChanges(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/v1/changes`, { signal: controller.signal, headers });
  const events: { part: string; datasetId: string }[] = [];
  let text = '';
  const reading = (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        let end;
        while ((end = text.indexOf('\n\n')) >= 0) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: change$/m.test(block) && data) events.push(JSON.parse(data) as (typeof events)[number]);
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    response,
    events,
    /** Resolves when `count` events in all have arrived. */
    async until(count: number, timeoutMs = 10_000) {
      const started = Date.now();
      while (events.length < count) {
        if (Date.now() - started > timeoutMs) throw new Error(`only ${events.length} of ${count} events`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return events;
    },
    close: () => {
      controller.abort();
      return reading;
    },
  };
}
