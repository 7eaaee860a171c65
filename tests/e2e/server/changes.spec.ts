/**
 * Walls switch by themselves when the bureau's data changes (DESIGN §10 "Change notices"), without a reload, whatever
 * process the change went through; and a wall rides out PostgreSQL going away (DESIGN §10 "Health").
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { expectChartsDrawn } from '../helpers';
import { spawnServer } from './spawn-server';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/fixtures/import/release-table-utf8.csv');
const POSTGRES_SCRIPT = join(ROOT, '.ci/postgres.sh');
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** Marks the page so that a reload (which would drop the mark) is told from a switch in place. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { gehuMark: number }).gehuMark = 42));
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { gehuMark?: number }).gehuMark);

test.describe.configure({ mode: 'serial' });
// Servers of their own: each test changes what its server serves.
test.setTimeout(90_000);

test('a wall switches to a file imported in another terminal within seconds, without a reload', async ({ page }) => {
  const server = await spawnServer();
  try {
    // A refresh timer far off: only the change notice can bring the new data in time.
    await page.goto(`${server.url}/wall?rotate=0&refresh=3600`);
    await expectChartsDrawn(page, 5);
    await expect(page.locator('.wall-illustrative')).toHaveText('模拟数据');
    await markPage(page);
    const output = await server.command(['import', FIXTURE, '--year', '2023']);
    expect(output).toMatch(/active: water water-/);
    await expect(page.locator('.wall-illustrative')).toHaveText('水质：导入数据 · 管网：模拟数据', { timeout: 5000 });
    expect(await stillMarked(page)).toBe(42);
    await expectChartsDrawn(page, 5);
  } finally {
    await server.stop();
  }
});

test('two server processes on one PostgreSQL: an import through one reaches a wall on the other', async ({ page }) => {
  test.skip(!TEST_DATABASE_URL, 'needs TEST_DATABASE_URL');
  const name = `gehu_e2e_${Date.now()}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const a = await spawnServer(url.toString());
  const b = await spawnServer(url.toString());
  try {
    await page.goto(`${b.url}/wall?rotate=0&refresh=3600`);
    await expectChartsDrawn(page, 5);
    await markPage(page);
    await a.command(['import', FIXTURE, '--year', '2023']);
    await expect(page.locator('.wall-illustrative')).toHaveText('水质：导入数据 · 管网：模拟数据', { timeout: 5000 });
    expect(await stillMarked(page)).toBe(42);
  } finally {
    await a.stop();
    await b.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

test('a wall keeps its data through a PostgreSQL outage, marked stale, and recovers by itself', async ({ page }) => {
  test.skip(!TEST_DATABASE_URL, 'needs PostgreSQL');
  // A cluster of its own: stopping the run's shared one would break the tests beside this one.
  const started = execFileSync(POSTGRES_SCRIPT, ['start'], { env: { ...process.env, PG_PORT: '55498' } }).toString();
  const databaseUrl = /TEST_DATABASE_URL=(\S+)/.exec(started)![1]!;
  const pgdata = /TEST_PGDATA=(\S+)/.exec(started)![1]!;
  const server = await spawnServer(databaseUrl);
  try {
    await page.goto(`${server.url}/wall?rotate=0&refresh=3`);
    await expectChartsDrawn(page, 5);
    execFileSync(POSTGRES_SCRIPT, ['halt', pgdata]);
    await expect(page.locator('.wall-panel[data-stale="true"]')).toHaveCount(2, { timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: /过时/ })).toContainText('数据已过时');
    await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(5);
    await expect(page.getByRole('alert')).toHaveCount(0);
    execFileSync(POSTGRES_SCRIPT, ['resume', pgdata]);
    await expect(page.locator('.wall-panel[data-stale="true"]')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: /更新/ })).toHaveText(/^更新于 \d\d:\d\d$/);
  } finally {
    await server.stop();
    execFileSync(POSTGRES_SCRIPT, ['stop', pgdata]);
  }
});
