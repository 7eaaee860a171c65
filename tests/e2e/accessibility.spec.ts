import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectChartsDrawn } from './helpers';

for (const lang of ['zh', 'en'] as const) {
  for (const route of ['/', '/water-quality', '/sewers', '/wall']) {
    test(`${route} in ${lang} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(`${route}?lang=${lang}`);
      const charts = { '/': 2, '/water-quality': 2, '/sewers': 3, '/wall': 4 }[route]!;
      await expectChartsDrawn(page, charts);
      if (route === '/wall') {
        // The wall's controls fade out when the pointer rests: scan them as a presenter sees them, awake.
        await page.mouse.move(200, 200);
        await expect(page.locator('.wall-controls')).toHaveCSS('opacity', '1');
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}

test('every control is reachable by keyboard with a visible focus', async ({ page }) => {
  await page.goto('/');
  await expectChartsDrawn(page, 2);
  const reached: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        text: el.textContent?.trim() ?? '',
        outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    if (!focused) continue;
    expect(focused.outline, `focus ring on "${focused.text}"`).toBe(true);
    reached.push(focused.text);
  }
  expect(reached).toEqual(expect.arrayContaining(['跳到正文', '总览', '水质', '管网建设', '大屏', '中文', 'English']));
  expect(reached.some((text) => text.startsWith('查看水质详情'))).toBe(true);
});

test('the water-quality view can be changed from the keyboard', async ({ page }) => {
  await page.goto('/water-quality');
  await expectChartsDrawn(page, 2);
  await page.getByRole('radio', { name: '全部' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/preset=after/);
  await expect(page.getByRole('radio', { name: '调水后' })).toBeFocused();
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
