import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectChartsDrawn, recordCspViolations } from './helpers';

/** Tabs through the page `presses` times and returns what got focus, with whether its focus ring showed. */
async function tabThrough(page: Page, presses: number) {
  await page.evaluate(() => {
    const reached: { text: string; ring: boolean }[] = [];
    (window as unknown as { reached: typeof reached }).reached = reached;
    const shows = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
    };
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      // Styles apply after the event: read them on the next frame, as the eye would.
      requestAnimationFrame(() => {
        // A visually hidden radio or checkbox draws its ring on the label text beside it.
        const ring = shows(el) || (el instanceof HTMLInputElement && shows(el.nextElementSibling));
        const text = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        reached.push({ text: `${el.tagName.toLowerCase()} ${text.slice(0, 40)}`, ring });
      });
    });
  });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  return page.evaluate(() => (window as unknown as { reached: { text: string; ring: boolean }[] }).reached);
}

for (const lang of ['zh', 'en'] as const) {
  for (const route of ['/', '/water-quality', '/sewers', '/wall']) {
    const title =
      lang === 'zh'
        ? `${route} in zh has no serious or critical axe violations, nor a CSP violation, and every control reached by Tab shows a focus ring`
        : `${route} in en has no serious or critical axe violations, nor a CSP violation`;
    test(title, async ({ page }) => {
      const cspViolations = await recordCspViolations(page);
      await page.goto(`${route}?lang=${lang}`);
      const charts = { '/': 3, '/water-quality': 2, '/sewers': 3, '/wall': 5 }[route]!;
      await expectChartsDrawn(page, charts);
      if (route !== '/wall') {
        // A tooltip is ECharts markup with inline styles: it must show under the policy too (on `/`, over a snapshot
        // that the pointer makes live).
        const box = (await page.locator('[data-chart]').first().boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
        await expect(page.locator('[data-chart] div').filter({ hasText: /\d/ }).first()).toBeVisible();
      }
      if (route === '/wall') {
        // The wall's controls fade out when the pointer rests: scan them as a presenter sees them, awake.
        await page.mouse.move(200, 200);
        await expect(page.locator('.wall-controls')).toHaveCSS('opacity', '1');
      }
      // label-content-name-mismatch (WCAG 2.5.3, a visible label that is not in the accessible name) is one of
      // axe's experimental rules, off unless asked for.
      const { violations } = await new AxeBuilder({ page })
        .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
        .analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      expect(await cspViolations()).toEqual([]);
      // The keyboard, on the same page (once, in the default language). The desk pages share the header, navigation and
      // footer, walked on the overview: on the others the walk starts in the page's own content.
      if (lang === 'zh') {
        const ownContent = route === '/water-quality' || route === '/sewers';
        if (ownContent) await page.locator('main').focus();
        const reached = await tabThrough(page, ownContent ? 25 : 40);
        expect(reached.length).toBeGreaterThan(4);
        expect(reached.filter((r) => !r.ring).map((r) => r.text)).toEqual([]);
        if (route === '/') {
          const texts = reached.map((r) => r.text.replace(/^\w+ /, ''));
          expect(texts).toEqual(
            expect.arrayContaining(['跳到正文', '总览', '水质', '管网建设', '大屏', '中文', 'English']),
          );
          expect(texts.some((text) => text.startsWith('查看水质详情'))).toBe(true);
          expect(texts.filter((text) => text === '以表格查看').length).toBeGreaterThanOrEqual(2);
        }
      }
    });
  }
}

test('the data of a chart opens as a table from the keyboard', async ({ page }) => {
  await page.goto('/?lang=en');
  await expectChartsDrawn(page, 3);
  const toggle = page.getByText('View as table').first();
  await toggle.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('region', { name: /Line chart of daily mean NH3-N and TN/ }).getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Time', 'NH3-N', 'TN']);
  await expect(table.locator('caption')).toContainText('NH3-N (mg/L); TN (mg/L)');
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(200);
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText('Hide table')).toBeFocused();
});

test('the water-quality view can be changed from the keyboard', async ({ page }) => {
  await page.goto('/water-quality');
  await expectChartsDrawn(page, 2);
  await page.getByRole('radio', { name: '全部' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/preset=lastYear/);
  await expect(page.getByRole('radio', { name: '调水期间 vs 去年同期' })).toBeFocused();
  const outline = await page.evaluate(() => {
    const span = document.activeElement?.nextElementSibling;
    return span ? getComputedStyle(span).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
  await page.getByRole('checkbox', { name: /滆湖北/ }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/stations=gh-c/);
});

test('a town can be chosen and the villages sorted from the keyboard', async ({ page }) => {
  await page.goto('/sewers');
  await expectChartsDrawn(page, 3);
  await page.getByRole('button', { name: '雪堰镇', pressed: false }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/town=xueyan/);
  await expect(page.getByRole('button', { name: '雪堰镇', pressed: true })).toBeFocused();
  await page.getByRole('button', { name: /^户数/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=households/);
  await expect(page.getByRole('columnheader', { name: /户数/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('/data with a workbook’s preview has no serious or critical axe violations, nor a CSP violation', async ({
  page,
}) => {
  const cspViolations = await recordCspViolations(page);
  await page.goto('/data');
  // The worker and SheetJS load under the policy (worker-src 'self', no eval).
  await page
    .getByRole('region', { name: '导入水质数据' })
    .getByLabel('选择文件')
    .setInputFiles('tests/fixtures/import/release-table.xlsx');
  await expect(page.getByRole('button', { name: '确认导入' })).toBeEnabled({ timeout: 20_000 });
  await expectChartsDrawn(page, 1);
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(await cspViolations()).toEqual([]);
  // The hidden file input shows its focus on the label that stands for it.
  await page.getByRole('region', { name: '导入水质数据' }).getByLabel('选择文件').focus();
  await expect(
    page.getByRole('region', { name: '导入水质数据' }).locator('label.button', { hasText: '选择文件' }),
  ).toHaveCSS('outline-style', 'solid');
});
