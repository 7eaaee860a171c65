import type { ServerResponse } from 'node:http';
import type { ActiveIds, Notice } from '../db/datasets';

/** A comment line this often keeps proxies from closing an idle stream (DESIGN §10 "notices"). */
export const HEARTBEAT_MS = 25_000;
/** Streams held at once, per client address and in all: one per browser is what the app opens. */
export const MAX_STREAMS_PER_ADDRESS = 200;
export const MAX_STREAMS = 5000;

interface Stream {
  response: ServerResponse;
  address: string;
}

const event = (notice: Notice) => `event: change\ndata: ${JSON.stringify(notice)}\n\n`;

/**
 * The open `GET /api/v1/changes` streams of this process. Each gets both parts' active ids when it connects (and
 * whenever this process has re-read them after its database connection came back), then every change.
 */
export class ChangeStreams {
  private readonly streams = new Set<Stream>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  /** Whether a client at `address` may open another stream. */
  admits(address: string): boolean {
    if (this.streams.size >= MAX_STREAMS) return false;
    let held = 0;
    for (const s of this.streams) if (s.address === address) held += 1;
    return held < MAX_STREAMS_PER_ADDRESS;
  }

  open(response: ServerResponse, address: string, ids: ActiveIds | null): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // Never compressed, never buffered by a proxy: each event must reach the wall when it is sent.
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    // A dropped stream is retried after 3 s by the browser's EventSource.
    response.write('retry: 3000\n\n');
    if (ids)
      response.write(event({ part: 'water', datasetId: ids.water }) + event({ part: 'sewers', datasetId: ids.sewers }));
    const stream = { response, address };
    this.streams.add(stream);
    response.on('close', () => this.streams.delete(stream));
  }

  send(notice: Notice): void {
    this.write(event(notice));
  }

  /** Both parts' ids again, after a reconnection to the database (notices may have been missed meanwhile). */
  sendAll(ids: ActiveIds): void {
    this.write(event({ part: 'water', datasetId: ids.water }) + event({ part: 'sewers', datasetId: ids.sewers }));
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const { response } of this.streams) response.end();
    this.streams.clear();
  }

  private write(text: string) {
    for (const { response } of this.streams) response.write(text);
  }
}
