import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import readings from '../../../data/readings.json';
import waterFigures from '../../../data/water-figures.json';
import { server, useScenario } from '../../../mocks/vitest-host';
import { HOSTILE_MARKUP } from '../../../mocks/scenarios';
import { builtKm, completedVillages, villages } from '../../testing/expected-sewers';
import { renderApp } from '../../testing/render-app';

// Expected figures straight from the data files, independently of the app's own code.
const ghc = readings.values['gh-c'];
const lastValue = (values: (number | null)[]) => values.filter((v): v is number => v !== null).at(-1)!;
const slotOf = (iso: string) => (Date.parse(iso) - Date.parse(readings.start)) / (4 * 3600_000);
const meanOf = (values: (number | null)[], from: number, to: number) => {
  const xs = values.slice(from, to).filter((v): v is number => v !== null);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};
const during = (values: (number | null)[]) =>
  meanOf(values, slotOf('2023-10-10T00:00:00+08:00'), slotOf('2024-01-01T00:00:00+08:00'));
const changePercent = (values: (number | null)[]) => {
  const start = slotOf('2023-10-10T00:00:00+08:00');
  return (during(values) / meanOf(values, start - 30 * 6, start) - 1) * 100;
};
/** The same days a calendar year earlier, with no transfer. */
const vsLastYearPercent = (values: (number | null)[]) =>
  (during(values) / meanOf(values, slotOf('2022-10-10T00:00:00+08:00'), slotOf('2023-01-01T00:00:00+08:00')) - 1) * 100;
const signed = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(1)}%`;

describe('overview', () => {
  it('shows the headline KPIs computed from the mocked API, in Chinese', async () => {
    renderApp('/');
    expect(await screen.findByText(lastValue(ghc.nh3n).toFixed(3))).toBeInTheDocument();
    expect(screen.getByText(lastValue(ghc.tn).toFixed(3))).toBeInTheDocument();
    expect(screen.getByText(signed(changePercent(ghc.nh3n)))).toBeInTheDocument();
    expect(screen.getByText(signed(changePercent(ghc.tn)))).toBeInTheDocument();
    expect(screen.getByText(signed(vsLastYearPercent(ghc.nh3n)))).toBeInTheDocument();
    expect(screen.getByText(signed(vsLastYearPercent(ghc.tn)))).toBeInTheDocument();
    expect(screen.getByText('单独评价')).toBeInTheDocument();
    expect(await screen.findByText(String(completedVillages))).toBeInTheDocument();
    expect(screen.getByText(`/ ${villages.length}`)).toBeInTheDocument();
    expect(screen.getByText(builtKm.toFixed(1))).toBeInTheDocument();
    expect(screen.getByText(/^计划 1,080 公里/)).toBeInTheDocument();
    // The key points say the same change in words, and lead to the briefing.
    const keyPoints = await screen.findByRole('region', { name: '本期要点' }, { timeout: 5000 });
    const fall = Math.abs(changePercent(ghc.nh3n)).toFixed(1);
    expect(
      await within(keyPoints).findByText(new RegExp(`滆湖心氨氮均值较调水前 30 天下降 ${fall}%`)),
    ).toBeInTheDocument();
    expect(within(keyPoints).getByText('根据数据自动生成')).toBeInTheDocument();
    expect(within(keyPoints).getByRole('link', { name: '查看完整简报 →' })).toHaveAttribute('href', '/brief');
    // the class is written out, not only coloured (in the KPIs; the map's table writes each station's too)
    const kpis = document.querySelector<HTMLElement>('.kpi-strip')!;
    expect(within(kpis).getAllByText(/^[ⅠⅡⅢⅣⅤ]类$|^劣Ⅴ类$/)).toHaveLength(2);
    const map = await screen.findByRole('region', { name: '示意图：调水入湖与各镇进度' });
    expect(await within(map).findAllByRole('row')).toHaveLength(2 + 5 + 7);
    expect(screen.getByRole('link', { name: /查看水质详情/ })).toHaveAttribute('href', '/water-quality');
    expect(screen.getByRole('link', { name: /查看管网建设详情/ })).toHaveAttribute('href', '/sewers');
    await waitFor(() => expect(screen.getAllByRole('img', { name: /折线图/ })).toHaveLength(2));
  });

  it('is complete in English', async () => {
    renderApp('/?lang=en', { language: 'en' });
    expect(await screen.findByText('Latest NH3-N')).toBeInTheDocument();
    expect(await screen.findByText('Villages completed')).toBeInTheDocument();
    expect(await screen.findByText(/of 1,080 km planned/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('img', { name: /Line chart/ })).toHaveLength(2));
    expect(screen.getByRole('main').textContent).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('shows an error with a retry that works, and the other panels keep working (error:sewers)', async () => {
    useScenario('error:sewers');
    renderApp('/');
    expect(await screen.findByText(lastValue(ghc.nh3n).toFixed(3))).toBeInTheDocument();
    // The sewer KPIs, the sewer chart, the key points and the map (which read the towns too); the water panels stand.
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(4));
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('数据服务返回错误（500）');
    server.resetHandlers();
    await userEvent.click(within(alerts[0]!).getByRole('button', { name: '重试' }));
    expect(await screen.findByText(String(completedVillages))).toBeInTheDocument();
  });

  it('names a malformed response as a contract problem', async () => {
    useScenario('malformed:sewers');
    renderApp('/');
    // Every sewer panel says so, each naming its own endpoint; the KPIs' is the summary.
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(4));
    const [kpis] = screen.getAllByRole('alert');
    expect(kpis).toHaveTextContent('不符合接口约定');
    expect(kpis).toHaveTextContent('GET /sewers/summary');
  });

  it('names the endpoint and the field when the summary breaks the contract', async () => {
    const [summary] = waterFigures.summaries;
    const broken = { ...summary, figures: summary!.figures.map((f, i) => (i === 0 ? { ...f, change: 'x' } : f)) };
    server.use(http.get('*/api/v1/water-quality/summary', () => HttpResponse.json(broken)));
    renderApp('/');
    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent('不符合接口约定');
    expect(alert).toHaveTextContent('GET /water-quality/summary');
    expect(alert).toHaveTextContent('figures.0.change');
    // the sewer side is not affected
    expect(await screen.findByText(String(completedVillages))).toBeInTheDocument();
  });

  it('says there is no data instead of showing zeros (empty)', async () => {
    useScenario('empty');
    renderApp('/');
    await waitFor(() => expect(screen.getAllByText('暂无数据')).toHaveLength(6));
    expect(screen.queryByText('/ 0')).not.toBeInTheDocument();
  });

  it('shows hostile names as text, never as markup (hostile)', async () => {
    useScenario('hostile');
    const { container } = renderApp('/?lang=en', { language: 'en' });
    expect((await screen.findAllByText(HOSTILE_MARKUP, { exact: false })).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows the KPI frames while loading (slow)', async () => {
    useScenario('slow', { slowMs: [300, 300] });
    renderApp('/');
    expect(await screen.findByText('氨氮 最新值')).toBeInTheDocument();
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
    expect(await screen.findByText(lastValue(ghc.nh3n).toFixed(3), {}, { timeout: 3000 })).toBeInTheDocument();
  });
});
