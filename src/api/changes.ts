import { env } from '../config/env';
import type { Part } from '../domain/dataset';

/** A part's active dataset, as the bureau server announces it on `GET /api/v1/changes` (DESIGN §10 "notices"). */
export interface ChangeNotice {
  part: Part;
  datasetId: string;
}

type Relayed = { type: 'change'; notice: ChangeNotice } | { type: 'ids-please' };

const CHANNEL = 'gehu-water-dashboard:changes';
const LOCK = 'gehu-changes';

const isNotice = (value: unknown): value is ChangeNotice =>
  typeof value === 'object' &&
  value !== null &&
  ((value as ChangeNotice).part === 'water' || (value as ChangeNotice).part === 'sewers') &&
  typeof (value as ChangeNotice).datasetId === 'string';

/**
 * Follows the server's change notices with one EventSource per browser: the tab holding the `gehu-changes` lock opens
 * it and relays each notice to the other tabs over a BroadcastChannel; when that tab closes, another takes the lock.
 * `onChange` runs when a part's dataset differs from the one this tab has seen (not for the ids every connection
 * starts with, which are what the tab loaded). While the stream is down the screens' own refresh timers go on.
 * Returns a function that stops following.
 */
export function followChanges(onChange: (notice: ChangeNotice) => void): () => void {
  const seen: Partial<Record<ChangeNotice['part'], string>> = {};
  const heard = (notice: ChangeNotice) => {
    const before = seen[notice.part];
    seen[notice.part] = notice.datasetId;
    if (before !== undefined && before !== notice.datasetId) onChange(notice);
  };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<Relayed>) => {
    if (data.type === 'change' && isNotice(data.notice)) heard(data.notice);
    // A tab opened later asks what the ids are, so that it can tell the next change from them.
    else if (data.type === 'ids-please' && source)
      for (const part of ['water', 'sewers'] as const) {
        const datasetId = seen[part];
        if (datasetId) channel.postMessage({ type: 'change', notice: { part, datasetId } } satisfies Relayed);
      }
  };
  channel.postMessage({ type: 'ids-please' } satisfies Relayed);

  let source: EventSource | null = null;
  const stop = new AbortController();
  const lead = () => {
    source = new EventSource(`${env.apiBaseUrl}/changes`);
    source.addEventListener('change', (event) => {
      let notice: unknown;
      try {
        notice = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      if (!isNotice(notice)) return;
      heard(notice);
      channel.postMessage({ type: 'change', notice } satisfies Relayed);
    });
    // Held until the tab closes or stops following: then the next tab in line opens the stream.
    return new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve()));
  };
  if ('locks' in navigator) void navigator.locks.request(LOCK, { signal: stop.signal }, lead).catch(() => undefined);
  else void lead();
  return () => {
    stop.abort();
    source?.close();
    channel.close();
  };
}
