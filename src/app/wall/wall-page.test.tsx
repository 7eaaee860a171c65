import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import stationsFile from '../../../data/stations.json';
import { completedVillages, villages } from '../../testing/expected-sewers';
import { useScenario } from '../../../mocks/vitest-host';
import { renderApp } from '../../testing/render-app';

const headline = stationsFile.stations.find((s) => s.headline)!.name.zh;
const waterPanel = () => screen.getByRole('region', { name: '新孟河调水后的滆湖水质' });
const sewersPanel = () => screen.getByRole('region', { name: '洮滆片区农村污水管网建设' });
const focusOf = (panel: HTMLElement) => within(panel).getByTestId('wall-focus');

async function renderWall(search = '?rotate=0&refresh=0') {
  const view = renderApp(`/wall${search}`);
  // The first render of a file waits for the page's chunk and ECharts to load cold.
  const heading = await screen.findByRole(
    'heading',
    { level: 1, name: '滆湖水环境 · 洮滆片区污水治理' },
    { timeout: 5000 },
  );
  expect(heading).toBeInTheDocument();
  // the two trends and the schematic map
  await waitFor(() => expect(within(waterPanel()).getAllByRole('img').length).toBe(3), { timeout: 5000 });
  await waitFor(() => expect(within(sewersPanel()).getByText(String(completedVillages))).toBeInTheDocument());
  return view;
}

describe('wall page', () => {
  it('shows both stories: the transfer effect and trends, the sewer figures and charts', async () => {
    await renderWall();
    const water = waterPanel();
    // each indicator's change against the 30 days before, and against the same days last year
    expect(within(water).getAllByText(/^−\d+\.\d%$/)).toHaveLength(4);
    expect(within(water).getAllByText('较去年同期')).toHaveLength(2);
    // the rotation starts at the station the overview quotes
    expect(focusOf(water)).toHaveTextContent(`${headline}1 / 5`);
    // the map beside the trends, every station on it with its class
    expect(within(water).getByRole('img', { name: /^示意图/ })).toBeInTheDocument();
    expect(within(within(water).getByTestId('map-stations')).getAllByRole('listitem')).toHaveLength(
      stationsFile.stations.length,
    );
    const sewers = sewersPanel();
    expect(sewers).toHaveTextContent(`/ ${villages.length}`);
    expect(focusOf(sewers)).toHaveTextContent('全区1 / 8');
    expect(within(sewers).getAllByRole('img')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent(/^更新于 \d\d:\d\d$/);
    expect(screen.getByText('模拟数据')).toBeInTheDocument();
  });

  it('steps with the arrow and page keys through every station and back, and pauses with Space', async () => {
    await renderWall('?rotate=20&refresh=0');
    const first = focusOf(waterPanel()).textContent;
    await userEvent.keyboard('{ArrowRight}');
    expect(focusOf(waterPanel())).toHaveTextContent('2 / 5');
    expect(focusOf(waterPanel()).textContent).not.toBe(first);
    expect(focusOf(sewersPanel())).toHaveTextContent('2 / 8');
    await userEvent.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}');
    expect(focusOf(waterPanel()).textContent).toBe(first);
    await userEvent.keyboard('{PageUp}');
    expect(focusOf(waterPanel())).toHaveTextContent('5 / 5');

    expect(screen.getByTestId('wall-rotation-state')).toHaveTextContent('每 20 秒轮换');
    await userEvent.keyboard(' ');
    expect(screen.getByTestId('wall-rotation-state')).toHaveTextContent('轮换已暂停');
    expect(screen.getByRole('button', { name: '继续轮换', pressed: true })).toBeInTheDocument();
  });

  it('keeps the sewer panel working when the water API fails, with a retry in the water panel', async () => {
    useScenario('error:water-quality');
    renderApp('/wall?rotate=0&refresh=0');
    await screen.findByRole('heading', { level: 1 });
    expect(await within(waterPanel()).findByRole('alert')).toHaveTextContent('数据加载失败');
    expect(within(waterPanel()).getByRole('button', { name: '重试' })).toBeInTheDocument();
    await waitFor(() => expect(within(sewersPanel()).getByText(String(completedVillages))).toBeInTheDocument());
    expect(within(sewersPanel()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the last good data when refreshes fail, says it is stale, and recovers', async () => {
    await renderWall('?rotate=0&refresh=1');
    const updated = screen.getByRole('status').textContent;
    useScenario('error');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^数据已过时 · 最后成功更新 \d\d:\d\d$/), {
      timeout: 4000,
    });
    expect(screen.getByRole('status').textContent).toContain(updated.slice(-5));
    expect(within(waterPanel()).getAllByRole('img')).toHaveLength(3);
    expect(within(sewersPanel()).getByText(String(completedVillages))).toBeInTheDocument();
    expect(within(waterPanel()).getByText('数据已过时')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    useScenario('slow');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^更新于/), { timeout: 4000 });
    expect(within(waterPanel()).queryByText('数据已过时')).not.toBeInTheDocument();
  });

  it('shows "no data" rather than zeros when the API has none', async () => {
    useScenario('empty');
    renderApp('/wall?rotate=0&refresh=0');
    await screen.findByRole('heading', { level: 1 });
    expect(await within(waterPanel()).findByText('暂无数据')).toBeInTheDocument();
    await waitFor(() => expect(within(sewersPanel()).getAllByText('暂无数据').length).toBeGreaterThan(0));
    expect(sewersPanel()).not.toHaveTextContent('/ 0');
  });

  it('is complete in English', async () => {
    renderApp('/wall?rotate=0&refresh=0&lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ge Lake water · Tao-Ge rural sewers' }),
    ).toBeInTheDocument();
    const water = screen.getByRole('region', { name: 'Ge Lake after the Xinmeng River transfer' });
    await waitFor(() => expect(within(water).getAllByRole('img')).toHaveLength(3), { timeout: 5000 });
    expect(water).toHaveTextContent('NH3-N change');
    expect(screen.getByRole('region', { name: 'Tao-Ge rural sewer programme' })).toHaveTextContent('All towns1 / 8');
  });
});
