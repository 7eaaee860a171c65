/// <reference lib="webworker" />
/**
 * The snapshot worker: draws a page's first charts as SVG off the page's thread, so that the page shows them before
 * ECharts has loaded there (`Chart`'s `recipe`). Text is measured on an OffscreenCanvas with the fonts the page's
 * canvas uses, so that the live chart that replaces a drawing lays out the same.
 */
import { setPlatformAPI } from 'echarts/core';
import type { SnapshotReply, SnapshotRequest } from './protocol';
import { deskTheme } from '../theme';
import { loadExtensions, renderSnapshot } from './render-snapshot';

declare const self: DedicatedWorkerGlobalScope;

const measure = new OffscreenCanvas(1, 1).getContext('2d')!;
setPlatformAPI({
  measureText(text, font) {
    measure.font = font ?? '12px sans-serif';
    return measure.measureText(text ?? '');
  },
});

/**
 * A first drawing runs ECharts' code cold, at about four times the cost of the next: one of made-up data, drawn while
 * the page still waits for its own, warms it.
 */
function warmUp(): Promise<unknown> {
  const start = Date.UTC(2023, 0, 1);
  const days = Array.from({ length: 60 }, (_, i) => [start + i * 86_400_000, (i % 7) / 10] as [number, number]);
  const transfer = { start: days[20]![0], end: days[40]![0] };
  return renderSnapshot(
    { builder: 'trendOverview', args: [{ nh3n: days, tn: days, transfer }, deskTheme, 'zh'] },
    'zh',
    600,
    300,
  );
}
const warm = warmUp().catch(() => undefined);

self.onmessage = async ({ data }: MessageEvent<SnapshotRequest>) => {
  if (data.kind === 'prepare') {
    // A failed load is tried again by the drawing that needs it, which says so.
    loadExtensions(data.extensions).catch(() => undefined);
    return;
  }
  let reply: SnapshotReply;
  await warm;
  try {
    reply = { id: data.id, svg: await renderSnapshot(data.recipe, data.language, data.width, data.height) };
  } catch (error) {
    reply = { id: data.id, error: String(error) };
  }
  self.postMessage(reply);
};
