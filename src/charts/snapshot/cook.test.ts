import { describe, expect, it } from 'vitest';
import { townBar } from '../../testing/town-bar';
import { buildTownKmOption, buildTownVillagesOption } from '../options/town-progress';
import { drawing } from '../recipes';
import { deskTheme } from '../theme';
import { cook } from './cook';

describe('cook', () => {
  it("makes from a page's recipe the option the page drew with the builder of that name", async () => {
    const input = { towns: [townBar('洛阳镇', 33, 42), townBar('礼嘉镇', 63, null)], selected: 1 };
    for (const page of [
      drawing('townVillages', buildTownVillagesOption, input, deskTheme, 'zh'),
      drawing('townKm', buildTownKmOption, input, deskTheme, 'en'),
    ]) {
      // Formatters are functions (they do not cross to the worker): compared as the worker's markup sees the rest.
      expect(JSON.stringify(await cook(page.recipe))).toBe(JSON.stringify(page.option));
    }
  });
});
