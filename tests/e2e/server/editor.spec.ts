/**
 * An editor at a desk changes what every wall shows (DESIGN §10 "Who may write"): signs in on `/data`, makes an
 * earlier dataset active, and a wall in another browser switches to it without a reload. A reader sees the datasets
 * and cannot change them; a wrong password says so.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectChartsDrawn } from '../helpers';
import { spawnServer } from './spawn-server';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/fixtures/import/release-table-utf8.csv');
const PASSWORD = 'a password long enough';

test.setTimeout(90_000);

/** Signs in with `/data`'s form, as a person would. */
async function signInOnData(page: Page, name: string, password = PASSWORD) {
  const panel = page.getByRole('region', { name: '登录' });
  await panel.getByLabel('用户名').fill(name);
  await panel.getByLabel('密码').fill(password);
  await panel.getByRole('button', { name: '登录' }).click();
}

test('an editor switches the data on /data and a wall in another browser follows; a reader cannot', async ({
  browser,
}) => {
  const server = await spawnServer();
  try {
    await server.command(['user', 'add', 'ed', '--role', 'editor'], `${PASSWORD}\n`);
    await server.command(['user', 'add', 'rita', '--role', 'reader'], `${PASSWORD}\n`);
    await server.command(['import', FIXTURE, '--year', '2023']);

    const wallContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const wall = await wallContext.newPage();
    await wall.goto(`${server.url}/wall?rotate=0&refresh=3600`);
    await expectChartsDrawn(wall, 5);
    await expect(wall.locator('.wall-illustrative')).toHaveText('水质：导入数据 · 管网：模拟数据');

    const desk = await browser.newPage();
    await desk.goto(`${server.url}/data`);
    const signInPanel = desk.getByRole('region', { name: '登录' });
    await signInOnData(desk, 'ed', 'not the password');
    await expect(signInPanel.getByRole('alert')).toHaveText('用户名或密码不对。');
    await signInOnData(desk, 'ed');
    await expect(signInPanel).toContainText('已登录：ed（编辑）');

    const water = desk.getByRole('region', { name: '水质', exact: true });
    await expect(water.locator('.dataset')).toHaveCount(2);
    await expect(water.locator('.dataset').first()).toContainText('导入数据：release-table-utf8.csv');
    await water.getByRole('button', { name: '恢复模拟数据' }).click();
    await expect(water.locator('.dataset').nth(1)).toContainText('使用中');
    // The other browser's wall, on its change stream: the illustrative data again, no reload.
    await expect(wall.locator('.wall-illustrative')).toHaveText('模拟数据', { timeout: 5000 });
    await expect(desk.getByRole('region', { name: '操作记录' })).toContainText('ed · 切换水质数据');

    await signInPanel.getByRole('button', { name: '退出登录' }).click();
    await signInOnData(desk, 'rita');
    await expect(signInPanel).toContainText('已登录：rita（只读）');
    await expect(water.locator('.dataset')).toHaveCount(2);
    await expect(desk.getByRole('button', { name: '恢复模拟数据' })).toHaveCount(0);
    await expect(desk.getByRole('region', { name: '操作记录' })).toHaveCount(0);
    await wallContext.close();
  } finally {
    await server.stop();
  }
});

test('an editor imports a file from /data through the server, chooses in its preview, and a wall follows', async ({
  browser,
}) => {
  const server = await spawnServer();
  try {
    await server.command(['user', 'add', 'ed', '--role', 'editor'], `${PASSWORD}\n`);
    const wallContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const wall = await wallContext.newPage();
    await wall.goto(`${server.url}/wall?rotate=0&refresh=3600`);
    await expectChartsDrawn(wall, 5);
    await expect(wall.locator('.wall-illustrative')).toHaveText('模拟数据');

    const desk = await browser.newPage();
    await desk.goto(`${server.url}/data`);
    // Signed out, no importer: reading needs no account, importing does.
    await expect(desk.getByRole('region', { name: '导入水质数据' })).toHaveCount(0);
    await signInOnData(desk, 'ed');
    const importer = desk.getByRole('region', { name: '导入水质数据' });
    await importer.getByLabel('选择文件').setInputFiles(FIXTURE);
    await expect(desk.getByRole('heading', { name: '导入预览' })).toBeVisible({ timeout: 20_000 });
    const stations = desk.getByRole('table', { name: '站点' });
    await expect(stations.getByText('已有站点')).toHaveCount(3);
    // The choice: 滆湖南 as the headline station instead of 滆湖心.
    await desk.getByLabel('重点站 · 滆湖南').check();
    await desk.getByRole('button', { name: '确认导入' }).click();
    await expect(desk.getByRole('status').filter({ hasText: '已导入：release-table-utf8.csv' })).toBeVisible();

    await expect(wall.locator('.wall-illustrative')).toHaveText('水质：导入数据 · 管网：模拟数据', { timeout: 5000 });
    const { stations: served } = (await (await fetch(`${server.url}/api/v1/stations`)).json()) as {
      stations: { name: { zh: string }; headline: boolean }[];
    };
    expect(served.filter((s) => s.headline).map((s) => s.name.zh)).toEqual(['滆湖南']);
    await wallContext.close();
  } finally {
    await server.stop();
  }
});
