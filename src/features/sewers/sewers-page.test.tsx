import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import villagesFile from '../../../data/sewers-villages.json';
import { server, useScenario } from '../../../mocks/vitest-host';
import { HOSTILE_MARKUP } from '../../../mocks/scenarios';
import { completedVillages, plannedVillages, townShares, villagesIn } from '../../testing/expected-sewers';
import { renderApp } from '../../testing/render-app';

const count = (shown: number) => `${shown.toLocaleString('zh-CN')} / 759 个村`;

describe('sewers page', () => {
  it('shows the KPIs against plan and the towns furthest behind first', async () => {
    renderApp('/sewers');
    expect(await screen.findByRole('heading', { level: 1, name: '洮滆片区农村污水治理进度' })).toBeInTheDocument();
    const kpis = await screen.findByRole('region', { name: '全片区进度' });
    await waitFor(() => expect(within(kpis).getByText(String(completedVillages))).toBeInTheDocument());
    expect(kpis).toHaveTextContent(`${((completedVillages / plannedVillages) * 100).toFixed(1)}%`);
    expect(kpis).toHaveTextContent(`${plannedVillages - completedVillages} 个村`);

    const buttons = await screen.findAllByRole('button', { pressed: false, name: /镇$/ });
    expect(buttons.map((b) => b.textContent)).toEqual(townShares.map((t) => t.zh));
    expect(screen.getByText(count(759))).toBeInTheDocument();
  });

  it('filters the page to a town clicked in the town table, and keeps it in the URL', async () => {
    const { location } = renderApp('/sewers');
    const first = townShares[0]!;
    await userEvent.click(await screen.findByRole('button', { name: first.zh, pressed: false }));
    await waitFor(() => expect(location().search).toMatchObject({ town: first.id }));
    expect(await screen.findByRole('region', { name: `${first.zh}进度` })).toBeInTheDocument();
    expect(screen.getByText(count(villagesIn(first.id).length))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: first.zh, pressed: true })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '查看全部镇' }));
    await waitFor(() => expect(location().search).not.toHaveProperty('town'));
  });

  it('searches by characters or pinyin, filters by status and sorts, all in the URL', async () => {
    const { location } = renderApp('/sewers');
    const search = await screen.findByLabelText('搜索村名（汉字或拼音）');
    const target = villagesFile.villages[0]!;
    await userEvent.type(search, target.name.zh);
    const byName = villagesFile.villages.filter((v) => v.name.zh.includes(target.name.zh));
    await waitFor(() => expect(screen.getByText(count(byName.length))).toBeInTheDocument());
    await userEvent.clear(search);
    await userEvent.type(search, target.name.en.toUpperCase());
    const byPinyin = villagesFile.villages.filter((v) =>
      v.name.en.toLowerCase().includes(target.name.en.toLowerCase()),
    );
    await waitFor(() => expect(screen.getByText(count(byPinyin.length))).toBeInTheDocument());
    await userEvent.clear(search);

    await userEvent.selectOptions(screen.getByLabelText('状态'), '未开工');
    const notStarted = villagesFile.villages.filter((v) => v.status === 'not_started');
    await waitFor(() => expect(screen.getByText(count(notStarted.length))).toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: /^户数/ }));
    await waitFor(() => expect(location().search).toMatchObject({ status: 'not_started', sort: 'households' }));
    const fewest = Math.min(...notStarted.map((v) => v.households));
    const region = screen.getByRole('region', { name: '村庄明细' });
    const firstRow = within(region).getAllByRole('row')[1]!;
    expect(firstRow).toHaveTextContent(String(fewest));
    expect(within(region).getByRole('columnheader', { name: /户数/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('says so when no village matches', async () => {
    renderApp('/sewers?q=nowhere-at-all');
    expect(await screen.findByText('没有符合条件的村庄。')).toBeInTheDocument();
    expect(screen.getByText(count(0))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出 CSV（筛选结果）' })).toBeDisabled();
  });

  it('shows errors with a retry that works, and the other panels keep working (error:sewers)', async () => {
    useScenario('error:sewers');
    renderApp('/sewers');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.length).toBeGreaterThanOrEqual(4);
    expect(alerts[0]).toHaveTextContent('数据服务返回错误（500）');
    server.resetHandlers();
    await userEvent.click(within(alerts[0]!).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.getAllByText(String(completedVillages)).length).toBeGreaterThan(0));
  });

  it('says there is no data instead of showing zeros (empty)', async () => {
    useScenario('empty');
    renderApp('/sewers');
    await waitFor(() => expect(screen.getAllByText('暂无数据').length).toBeGreaterThanOrEqual(3));
    expect(screen.queryByText('/ 0')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows names with markup as text (hostile)', async () => {
    useScenario('hostile');
    renderApp('/sewers?lang=en', { language: 'en' });
    await waitFor(() => expect(screen.getAllByText(HOSTILE_MARKUP, { exact: false }).length).toBeGreaterThan(0));
    expect(document.querySelector('main img')).toBeNull();
  });

  it('is complete in English', async () => {
    renderApp('/sewers?lang=en', { language: 'en' });
    expect(await screen.findByText('759 of 759 villages')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('img', { name: /chart/ }).length).toBeGreaterThanOrEqual(3));
    expect(screen.getByRole('main').textContent).not.toMatch(/[\u4e00-\u9fff]/u);
  });
});
