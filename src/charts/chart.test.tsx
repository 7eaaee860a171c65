import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/react';
import { Chart } from './chart';
import { buildCumulativeProgressOption } from './options/cumulative-progress';
import { drawing } from './recipes';
import type { SnapshotDraw, SnapshotReply, SnapshotRequest } from './snapshot/protocol';
import { deskTheme } from './theme';

// jsdom has no workers: a stand-in answers the snapshot worker's protocol (its drawing is tested in Node).
// Its bar carries the series and data index as ECharts' server-side SVG marks them.
const DRAWING =
  '<svg width="800" height="300"><path d="M0 150L400 50L800 100" stroke="#0f766e"></path>' +
  '<path class="bar" d="M0 0h80v20h-80Z" ecmeta_series_index="1" ecmeta_data_index="2" ecmeta_ssr_type="chart"></path>' +
  '</svg>';
const draws: SnapshotDraw[] = [];
class SnapshotWorkerStandIn {
  onmessage: ((event: { data: SnapshotReply }) => void) | null = null;
  onerror = null;
  postMessage(request: SnapshotRequest) {
    if (request.kind !== 'draw') return;
    draws.push(request);
    setTimeout(() => this.onmessage?.({ data: { id: request.id, svg: DRAWING } }));
  }
}

const option = {
  xAxis: { type: 'category' as const, data: ['a', 'b', 'c'] },
  yAxis: { type: 'value' as const },
  series: [{ type: 'line' as const, data: [1, 3, 2] }],
};

const progress = drawing(
  'cumulativeProgress',
  buildCumulativeProgressOption,
  [
    { month: '2024-01', planned: 10, actual: 8 },
    { month: '2024-02', planned: 20, actual: 15 },
  ],
  '2024-02',
  deskTheme,
  'en',
);

describe('Chart', () => {
  it('holds its place at its height while its code loads, then draws in it', async () => {
    // The SVG renderer is the one extension the test setup does not load up front: its code arrives after the first
    // render.
    const { container } = render(
      <I18nProvider i18n={createI18n('en')}>
        <Chart option={option} description="three points" renderer="svg" height={240} eager />
      </I18nProvider>,
    );
    const frame = container.querySelector<HTMLElement>('[data-chart-loading]');
    expect(frame).not.toBeNull();
    expect(frame!.style.height).toBe('240px');
    await waitFor(() => expect(container.querySelector('[data-chart-drawn="true"]')).not.toBeNull());
    expect(container.querySelector('[data-chart-loading]')).toBeNull();
    expect(container.querySelector('[data-chart] svg')).not.toBeNull();
  });

  it('shows a recipe as its snapshot first, an image named by its description, and goes live under a pointer', async () => {
    vi.stubGlobal('Worker', SnapshotWorkerStandIn);
    // Only its presence is asked about on the page (the worker measures text with it).
    vi.stubGlobal('OffscreenCanvas', function OffscreenCanvas() {});
    const { container } = render(
      <I18nProvider i18n={createI18n('en')}>
        <Chart {...progress} description="villages completed" height={300} />
      </I18nProvider>,
    );
    const drawing = await screen.findByRole('img', { name: 'villages completed' });
    // Drawn at the frame's size (jsdom's boxes are 800 × 300, see the setup) in the UI's language.
    expect(draws).toEqual([
      { kind: 'draw', id: expect.any(Number), recipe: progress.recipe, language: 'en', width: 800, height: 300 },
    ]);
    expect(drawing).toHaveAttribute('data-chart-drawn', 'true');
    expect(drawing.querySelector('path')).toHaveAttribute('d', 'M0 150L400 50L800 100');
    expect(container.querySelector('canvas')).toBeNull();
    // The table is the recipe's data whatever draws the chart.
    expect(screen.getByText('View as table')).toBeInTheDocument();

    fireEvent.pointerEnter(drawing, { clientX: 300, clientY: 120 });
    await waitFor(() => expect(container.querySelector('[data-chart-drawn="true"] canvas')).not.toBeNull());
    // Once the live chart has drawn, the snapshot that covered it is gone.
    await waitFor(() => expect(container.querySelector('.chart-cover')).toBeNull());
    expect(container.querySelector('[data-chart-snapshot]')).toBeNull();
    vi.unstubAllGlobals();
  });

  it("hands a click on a snapshot's item to the chart's click handler, as the live chart would", async () => {
    vi.stubGlobal('Worker', SnapshotWorkerStandIn);
    vi.stubGlobal('OffscreenCanvas', function OffscreenCanvas() {});
    const click = vi.fn();
    const { container } = render(
      <I18nProvider i18n={createI18n('en')}>
        <Chart {...progress} description="villages by town" onEvents={{ click }} />
      </I18nProvider>,
    );
    const drawing = await screen.findByRole('img', { name: 'villages by town' });
    fireEvent.click(drawing.querySelector('path')!);
    expect(click).not.toHaveBeenCalled();
    fireEvent.click(container.querySelector('path.bar')!);
    expect(click).toHaveBeenCalledExactlyOnceWith({ componentType: 'series', seriesIndex: 1, dataIndex: 2 });
    vi.unstubAllGlobals();
  });

  it('wakes the charts of its group with it, so that their zoom stays linked', async () => {
    vi.stubGlobal('Worker', SnapshotWorkerStandIn);
    vi.stubGlobal('OffscreenCanvas', function OffscreenCanvas() {});
    const { container } = render(
      <I18nProvider i18n={createI18n('en')}>
        <Chart {...progress} description="first" group="linked" />
        <Chart {...progress} description="second" group="linked" />
        <Chart {...progress} description="alone" />
      </I18nProvider>,
    );
    fireEvent.pointerEnter(await screen.findByRole('img', { name: 'first' }));
    await waitFor(() => expect(container.querySelectorAll('[data-chart-drawn="true"] canvas')).toHaveLength(2));
    // The chart outside the group is still its drawing.
    expect(screen.getByRole('img', { name: 'alone' })).toHaveAttribute('data-chart-snapshot');
    vi.unstubAllGlobals();
  });
});
