import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import readings from '../../../data/readings.json';
import waterFigures from '../../../data/water-figures.json';
import { server, useScenario } from '../../../mocks/vitest-host';
import { HOSTILE_MARKUP } from '../../../mocks/scenarios';
import { renderApp } from '../../testing/render-app';

// Expected figures straight from the data file, independently of the app's own statistics.
const slotOf = (iso: string) => (Date.parse(iso) - Date.parse(readings.start)) / (4 * 3600_000);
const meanOf = (values: (number | null)[], from: number, to: number) => {
  const xs = values.slice(from, to).filter((v): v is number => v !== null);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};
const start = slotOf('2023-10-10T00:00:00+08:00');
const end = slotOf('2024-01-01T00:00:00+08:00');
const baselineMean = (values: (number | null)[]) => meanOf(values, start - 30 * 6, start).toFixed(3);
const signedPercent = (change: number) => `${change < 0 ? '−' : '+'}${Math.abs(change).toFixed(1)}%`;
const percent = (values: (number | null)[]) =>
  signedPercent((meanOf(values, start, end) / meanOf(values, start - 30 * 6, start) - 1) * 100);

const tables = () => screen.getAllByRole('table');
const statisticsTable = (caption: RegExp) =>
  tables().find((t) => caption.test(t.querySelector('caption')?.textContent ?? ''))!;

describe('water-quality page', () => {
  it('shows both trends, the effect per station and the statistics computed from the API', async () => {
    renderApp('/water-quality');
    expect(await screen.findByRole('heading', { level: 1, name: '滆湖水质：新孟河调水前后' })).toBeInTheDocument();
    expect(await screen.findByText(/新孟河抗旱调水试运行：2023-10-10 至 2023-12-31/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('img', { name: /折线图/ })).toHaveLength(2));
    expect(
      screen.getByRole('img', { name: /^氨氮折线图，滆湖北、滆湖心、滆湖南、太滆运河出湖口、北干河入湖口/ }),
    ).toBeInTheDocument();

    const nh3n = await waitFor(() => statisticsTable(/^氨氮/));
    const ghc = within(nh3n).getByRole('row', { name: /^滆湖心/ });
    expect(ghc).toHaveTextContent(baselineMean(readings.values['gh-c'].nh3n));
    expect(ghc).toHaveTextContent(percent(readings.values['gh-c'].nh3n));
    const tn = statisticsTable(/^总氮/);
    expect(within(tn).getByRole('row', { name: /^北干河入湖口/ })).toHaveTextContent(percent(readings.values.bgh.tn));

    // the effect table lists stations by arrival: the inflow first, the outlet last
    const effect = within(screen.getByRole('region', { name: '调水效果' })).getByRole('table');
    const order = within(effect)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(order[0]).toBe('北干河入湖口');
    expect(order).toHaveLength(5);
  });

  it('compares the transfer with the same days last year, net of season, from the served figures', async () => {
    renderApp('/water-quality?preset=lastYear');
    const nh3n = await waitFor(() => statisticsTable(/^氨氮/));
    const ghc = within(nh3n).getByRole('row', { name: /^滆湖心/ });
    const values = readings.values['gh-c'].nh3n;
    const during = meanOf(values, start, end);
    const lastYearDuring = meanOf(values, slotOf('2022-10-10T00:00:00+08:00'), slotOf('2023-01-01T00:00:00+08:00'));
    const lastYearBaseline = meanOf(values, slotOf('2022-09-10T00:00:00+08:00'), slotOf('2022-10-10T00:00:00+08:00'));
    const change = during / meanOf(values, start - 30 * 6, start) - 1;
    const net = (change - (lastYearDuring / lastYearBaseline - 1)) * 100;
    expect(ghc).toHaveTextContent(lastYearDuring.toFixed(3));
    expect(ghc).toHaveTextContent(signedPercent((during / lastYearDuring - 1) * 100));
    expect(ghc).toHaveTextContent(`−${Math.abs(net).toFixed(1)} 个百分点`);
    expect(screen.getByRole('checkbox', { name: /叠加去年同期/ })).toBeChecked();
    expect(screen.getByText(/2023-10-10 至 2023-12-31 · 日均值 · 5 个站点/)).toBeInTheDocument();
  });

  it('says when the data holds no year before, never a zero or an empty cell', async () => {
    const [summary] = waterFigures.summaries;
    const empty = { mean: null, min: null, max: null, count: 0, shareClassIIIOrBetter: null, coverage: 'empty' };
    const noYearBefore = {
      ...summary,
      figures: summary!.figures.map((f) => ({
        ...f,
        lastYearBaseline: empty,
        lastYearDuring: empty,
        changeVsLastYear: null,
        netOfSeasonPts: null,
        reasons: { ...f.reasons, changeVsLastYear: 'last-year-empty', netOfSeasonPts: 'last-year-empty' },
        tones: { ...f.tones, changeVsLastYear: null },
      })),
    };
    server.use(http.get('*/api/v1/water-quality/summary', () => HttpResponse.json(noYearBefore)));
    renderApp('/water-quality');
    const nh3n = await waitFor(() => statisticsTable(/^氨氮/));
    const ghc = within(nh3n).getByRole('row', { name: /^滆湖心/ });
    expect(within(ghc).getAllByText('无去年同期数据')).toHaveLength(3);
    const effect = within(screen.getByRole('region', { name: '调水效果' })).getByRole('table');
    expect(within(effect).getAllByText('无去年同期数据')).toHaveLength(10);
  });

  it('keeps the view in the URL: a preset, the stations and the interval', async () => {
    const { location } = renderApp('/water-quality');
    const during = await screen.findByRole('radio', { name: '调水期间' });
    await userEvent.click(during);
    await waitFor(() => expect(location().search).toMatchObject({ preset: 'during' }));
    await waitFor(() => expect(screen.getByText(/2023-10-10 至 2023-12-31 · 日均值 · 5 个站点/)).toBeInTheDocument());

    await userEvent.click(screen.getByRole('checkbox', { name: /滆湖北/ }));
    await userEvent.click(screen.getByRole('radio', { name: '4 小时' }));
    await waitFor(() =>
      expect(location().search).toMatchObject({
        preset: 'during',
        stations: 'gh-c,gh-s,gh-e,bgh',
        interval: '4h',
      }),
    );
    await waitFor(() => expect(screen.getByText(/· 4 小时 · 4 个站点/)).toBeInTheDocument());
    // the statistics follow the chosen stations
    expect(within(statisticsTable(/^氨氮/)).queryByRole('row', { name: /^滆湖北/ })).toBeNull();
  });

  it('opens a shared view, and falls back to the defaults for what it cannot honour', async () => {
    renderApp('/water-quality?stations=gh-c&preset=before&interval=4h');
    await waitFor(() => expect(screen.getByText(/2023-09-10 至 2023-10-09 · 4 小时 · 1 个站点/)).toBeInTheDocument());
    expect(screen.getByRole('checkbox', { name: /滆湖心/ })).toBeChecked();
    // the last station cannot be taken away
    expect(screen.getByRole('checkbox', { name: /滆湖心/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /滆湖北/ })).not.toBeChecked();
  });

  it.each([
    ['stations=nowhere&preset=sometime&interval=1w', '2023-07-01 至 2024-03-31 · 日均值 · 5 个站点'],
    ['from=2024-01-20&to=2023-12-01', '2023-07-01 至 2024-03-31 · 日均值 · 5 个站点'],
    ['from=2023-11-01&to=2023-11-30', '2023-11-01 至 2023-11-30 · 日均值 · 5 个站点'],
  ])('reads ?%s as %s', async (search, shown) => {
    renderApp(`/water-quality?${search}`);
    expect(await screen.findByText(shown)).toBeInTheDocument();
  });

  it('shows one error with a retry that works when the stations and events fail, and the page keeps its frame', async () => {
    useScenario('error:water-quality');
    renderApp('/water-quality');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: '滆湖水质：新孟河调水前后' })).toBeInTheDocument();
    expect(alerts[0]).toHaveTextContent('数据服务返回错误（500）');
    server.resetHandlers();
    await userEvent.click(within(alerts[0]!).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.getAllByRole('img', { name: /折线图/ }).length).toBeGreaterThan(0));
  });

  it('says there is no data when the API has no stations (empty)', async () => {
    useScenario('empty');
    renderApp('/water-quality');
    expect(await screen.findByText('暂无数据')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /折线图/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows names with markup as text (hostile)', async () => {
    useScenario('hostile');
    renderApp('/water-quality?lang=en', { language: 'en' });
    await waitFor(() =>
      expect(screen.getAllByText(new RegExp(HOSTILE_MARKUP.replace(/[()]/g, '\\$&'))).length).toBeGreaterThan(0),
    );
    expect(document.querySelector('main img')).toBeNull();
  });

  it('is complete in English', async () => {
    renderApp('/water-quality?lang=en', { language: 'en' });
    await waitFor(() => expect(screen.getAllByRole('img', { name: /^Line chart of/ })).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByRole('table')).toHaveLength(3));
    expect(screen.getByRole('main').textContent).not.toMatch(/[\u4e00-\u9fff]/u);
  });
});
