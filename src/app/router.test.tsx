import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { villagesQueryOptions } from '../api/sewers';
import { loadCharts } from '../charts/chart-loader';
import { renderApp } from '../testing/render-app';
import { pageChunks } from './page-chunks';

// `/data`'s code fails to load, as when the network drops or a new deployment has replaced the chunk.
vi.mock('./page-chunks', async (importOriginal) => {
  const real = await importOriginal<typeof import('./page-chunks')>();
  return {
    ...real,
    pageChunks: {
      ...real.pageChunks,
      '/data': { load: () => Promise.reject(new Error('Failed to fetch module data-page')), loaded: () => undefined },
    },
  };
});

// The chart code a page starts, watched.
vi.mock('../charts/chart-loader', async (importOriginal) => {
  const real = await importOriginal<typeof import('../charts/chart-loader')>();
  return { ...real, loadCharts: vi.fn(real.loadCharts) };
});

const navigation = () => screen.getByRole('navigation', { name: 'Main navigation' });

describe('routes', () => {
  // First: React keeps a lazy page it has rendered once, so this holds only for a page not rendered before.
  it('shows a page whose chunk is already in in its first frame, without the pending one', async () => {
    await pageChunks['/water-quality'].load();
    renderApp('/water-quality?lang=en', { language: 'en' });
    expect(document.querySelector('.page-pending')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Ge Lake water quality through the Xinmeng River transfer' }),
    ).toBeInTheDocument();
  });

  it('goes to a page by its link, carrying the language and the mock scenario over, and marks it current', async () => {
    const { location } = renderApp('/?lang=en&mock=slow', { language: 'en' });
    const nav = navigation();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    const sewers = screen.getByRole('link', { name: 'Sewers' });
    expect(sewers).toHaveAttribute('href', '/sewers?lang=en&mock=slow');
    await userEvent.click(sewers);
    expect(location()).toEqual({ pathname: '/sewers', search: { lang: 'en', mock: 'slow' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tao-Ge rural sewage programme' })).toBeInTheDocument();
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Sewers' }));
    expect(screen.getByRole('link', { name: 'Sewers' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it("starts a page's data when a link to it is pointed at or focused", async () => {
    const { queryClient } = renderApp('/', { language: 'en' });
    const villages = () => queryClient.getQueryState(villagesQueryOptions().queryKey);
    expect(villages()).toBeUndefined();
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Sewers' }));
    await waitFor(() => expect(villages()?.status).toBe('success'));
  });

  it('starts ECharts with a page whose first screen it draws, and not with a page drawn first as snapshots', () => {
    renderApp('/', { language: 'en' });
    const chartCode = vi.mocked(loadCharts);
    chartCode.mockClear();
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Briefing' }));
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Water quality' }));
    expect(chartCode).not.toHaveBeenCalled();
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Wall' }));
    // The town bars and the trends' scrolling legend.
    expect(chartCode).toHaveBeenCalledExactlyOnceWith(['bar', 'zoom']);
  });

  it('says a page is not found, in the desk frame, with the way back', async () => {
    renderApp('/no-such-page?lang=en', { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(navigation()).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/?lang=en');
  });

  it("says when a page's code cannot load, and offers to reload", async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { href: window.location.href, origin: window.location.origin, reload });
    try {
      renderApp('/data', { language: 'en' });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('This page could not load');
      expect(alert).toHaveTextContent('Failed to fetch module data-page');
      await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
      expect(reload).toHaveBeenCalledOnce();
      // The frame around it still works.
      expect(navigation()).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
