import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/react';
import { Chart } from './chart';

const option = {
  xAxis: { type: 'category' as const, data: ['a', 'b', 'c'] },
  yAxis: { type: 'value' as const },
  series: [{ type: 'line' as const, data: [1, 3, 2] }],
};

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
});
