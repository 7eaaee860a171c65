import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectChartsDrawn } from './helpers';

for (const lang of ['zh', 'en'] as const) {
  for (const route of ['/', '/water-quality', '/sewers', '/wall']) {
    test(`${route} in ${lang} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(`${route}?lang=${lang}`);
      const charts = { '/': 2, '/water-quality': 2, '/sewers': 3 }[route] ?? 0;
      if (charts > 0) await expectChartsDrawn(page, charts);
      else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
