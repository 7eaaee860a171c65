import type { Language } from '../../i18n/messages';
import type { OptionExtension } from '../registry';
import type { ChartRecipe } from '../recipes';
import type { SnapshotReply, SnapshotRequest } from './protocol';

/** Whether this browser can draw snapshots in a worker: jsdom and very old browsers draw live charts only. */
export const snapshotsAvailable = (): boolean =>
  typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>();

const prepared = new Set<OptionExtension>();

/**
 * Starts the snapshot worker, once, so that its ECharts (and the `extensions` the page's first charts draw with)
 * loads while the page asks for its data. A worker that fails to load fails every request it had, and the next
 * request starts a new one.
 */
export function startSnapshots(extensions: readonly OptionExtension[] = []): Worker {
  const running = worker ?? startWorker();
  const unprepared = extensions.filter((name) => !prepared.has(name));
  if (unprepared.length > 0) {
    for (const name of unprepared) prepared.add(name);
    running.postMessage({ kind: 'prepare', extensions: unprepared } satisfies SnapshotRequest);
  }
  return running;
}

function startWorker(): Worker {
  const started = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<SnapshotReply>) => {
    const request = pending.get(data.id);
    pending.delete(data.id);
    if ('svg' in data) request?.resolve(data.svg);
    else request?.reject(new Error(data.error));
  };
  started.onerror = (event) => {
    event.preventDefault();
    for (const request of pending.values()) request.reject(new Error(`snapshot worker: ${event.message}`));
    pending.clear();
    prepared.clear();
    worker = null;
  };
  worker = started;
  return started;
}

/** `recipe` drawn as SVG markup at `width` × `height` CSS pixels, by the worker. */
export function drawSnapshot(recipe: ChartRecipe, language: Language, width: number, height: number): Promise<string> {
  const id = nextId++;
  const request: SnapshotRequest = { kind: 'draw', id, recipe, language, width, height };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    startSnapshots().postMessage(request);
  });
}
