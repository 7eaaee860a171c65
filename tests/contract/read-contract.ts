/**
 * The read endpoints' contract, checked on whichever host answers them (DESIGN §10 "One API, three hosts"): the mock
 * (`contract.test.ts`) and the bureau server on PGlite and PostgreSQL (`tests/server/`). Every response is validated
 * against `mocks/openapi.yaml` and the client's schemas.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { metaSchema } from '../../src/api/meta';
import { progressSchema, sewersSummarySchema, townsSchema, villagesSchema } from '../../src/api/sewers';
import {
  seriesResponseSchema,
  stationsSchema,
  transferEventsSchema,
  waterSummarySchema,
} from '../../src/api/water-quality';
import { mapGeometrySchema } from '../../src/api/map';
import { openapiErrors } from './openapi';
import { apiBase } from './summary-contract';

export async function getJson(path: string, query = '') {
  const response = await fetch(`${apiBase()}${path}${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as unknown,
  };
}

export const cases: [path: string, query: string, schema: z.ZodMiniType][] = [
  ['/meta', '', metaSchema],
  ['/stations', '', stationsSchema],
  ['/water-quality/series', '', seriesResponseSchema],
  ['/water-quality/series', '?station=gh-c&interval=4h', seriesResponseSchema],
  [
    '/water-quality/series',
    '?station=gh-n&station=bgh&indicator=tn&from=2023-10-01&to=2023-10-31',
    seriesResponseSchema,
  ],
  ['/water-quality/summary', '', waterSummarySchema],
  ['/water-quality/summary', '?event=xinmeng-2023', waterSummarySchema],
  ['/water-transfer/events', '', transferEventsSchema],
  ['/sewers/summary', '', sewersSummarySchema],
  ['/sewers/towns', '', townsSchema],
  ['/sewers/progress', '', progressSchema],
  ['/sewers/progress', '?town=luoyang', progressSchema],
  ['/sewers/villages', '', villagesSchema],
  ['/sewers/villages', '?town=jiaze&status=completed&status=in_progress', villagesSchema],
  ['/sewers/villages', '?q=Wang', villagesSchema],
  ['/map/geometry', '', mapGeometrySchema],
];

/** The read endpoints' answers on the illustrative data, their filters and their problems. */
export function describeReadContract() {
  describe('every response keeps the contract', () => {
    it.each(cases)('GET %s%s passes the OpenAPI document and the client schema', async (path, query, schema) => {
      const { status, type, body } = await getJson(path, query);
      expect(status).toBe(200);
      expect(type).toContain('application/json');
      expect(openapiErrors(path, 200, 'application/json', body)).toEqual([]);
      expect(schema.safeParse(body).success).toBe(true);
    });
  });

  describe('water-quality series', () => {
    it('is columnar: a day holds six 4-hour slots from its 00:00 +08:00, gaps as null', async () => {
      const { body } = await getJson(
        '/water-quality/series',
        '?station=gh-c&indicator=nh3n&interval=4h&from=2023-10-10&to=2023-10-10',
      );
      expect(body).toMatchObject({
        series: [{ stationId: 'gh-c', indicator: 'nh3n', start: '2023-10-10T00:00:00+08:00', stepMinutes: 240 }],
      });
      expect((body as { series: { values: unknown[] }[] }).series[0]!.values).toHaveLength(6);
    });

    it('defaults to daily means of all stations and both indicators over the whole dataset', async () => {
      const parsed = seriesResponseSchema.parse((await getJson('/water-quality/series')).body);
      expect(parsed.interval).toBe('1d');
      expect([parsed.from, parsed.to]).toEqual(['2022-07-01', '2024-03-31']);
      expect(parsed.series).toHaveLength(10);
      for (const s of parsed.series) expect([s.stepMinutes, s.values.length]).toEqual([1440, 640]);
    });

    it('clips a range reaching beyond the data to the data', async () => {
      const parsed = seriesResponseSchema.parse(
        (await getJson('/water-quality/series', '?station=bgh&from=2020-01-01&to=2022-07-02')).body,
      );
      expect([parsed.from, parsed.to, parsed.series[0]!.values.length]).toEqual(['2022-07-01', '2022-07-02', 2]);
    });

    it('a daily value is the mean of that day’s non-null readings, null when it has none', async () => {
      const query = '?station=gh-n&interval=4h';
      const fourHourly = seriesResponseSchema.parse((await getJson('/water-quality/series', query)).body).series;
      const daily = seriesResponseSchema.parse(
        (await getJson('/water-quality/series', '?station=gh-n&interval=1d')).body,
      ).series;
      for (const [i, s] of fourHourly.entries()) {
        const days = daily[i]!.values;
        expect(days).toHaveLength(s.values.length / 6);
        expect(daily[i]!.start).toBe(s.start);
        let nullDays = 0;
        for (const [d, value] of days.entries()) {
          const values = s.values.slice(d * 6, d * 6 + 6).filter((v): v is number => v !== null);
          if (values.length === 0) {
            expect(value).toBeNull();
            nullDays += 1;
          } else {
            expect(Math.abs(value! - values.reduce((a, b) => a + b, 0) / values.length)).toBeLessThanOrEqual(
              0.0005 + 1e-9,
            );
          }
        }
        expect(nullDays).toBeGreaterThan(0);
      }
    });
  });

  describe('sewer filters', () => {
    const villages = async (query: string) =>
      villagesSchema.parse((await getJson('/sewers/villages', query)).body).villages;

    it('filters by town and status', async () => {
      const list = await villages('?town=xueyan&status=not_started');
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((v) => v.townId === 'xueyan' && v.status === 'not_started')).toBe(true);
    });

    it('searches names in Chinese characters or pinyin, case-insensitively', async () => {
      const all = await villages('');
      const byPinyin = await villages('?q=WANGJIA');
      expect(byPinyin.length).toBeGreaterThan(0);
      expect(byPinyin.every((v) => v.name.en.toLowerCase().includes('wangjia'))).toBe(true);
      const byHanzi = await villages(`?q=${encodeURIComponent('王家')}`);
      expect(byHanzi.map((v) => v.id)).toEqual(all.filter((v) => v.name.zh.includes('王家')).map((v) => v.id));
      expect(byHanzi.map((v) => v.id)).toEqual(byPinyin.map((v) => v.id));
    });

    it('gives a town’s progress ending at its own total', async () => {
      const { months } = progressSchema.parse((await getJson('/sewers/progress', '?town=niutang')).body);
      expect(months.at(-1)).toMatchObject({ month: '2025-12', plannedVillages: 70, plannedKm: 95 });
    });
  });

  describe('bad requests get a problem response', () => {
    it.each([
      ['/water-quality/series', '?station=nope', /unknown station 'nope'/],
      ['/water-quality/series', '?indicator=tp', /unknown indicator 'tp'/],
      ['/water-quality/series', '?interval=1h', /unknown interval '1h'/],
      ['/water-quality/series', '?from=2023-13-01', /'from' must be a date/],
      ['/water-quality/series', '?to=2024-02-30', /'to' must be a date/],
      ['/water-quality/series', '?from=2023-12-01&to=2023-11-01', /'from' \(2023-12-01\) is after 'to'/],
      ['/water-quality/summary', '?event=nope', /unknown event 'nope'/],
      ['/water-quality/summary', '?event=xinmeng-2023&event=xinmeng-2023', /'event' may be given once/],
      ['/sewers/progress', '?town=hutang', /unknown town 'hutang'/],
      ['/sewers/villages', '?town=nope', /unknown town 'nope'/],
      ['/sewers/villages', '?status=done', /unknown status 'done'/],
    ])('GET %s%s → 400', async (path, query, detail) => {
      const { status, type, body } = await getJson(path, query);
      expect(status).toBe(400);
      expect(type).toContain('application/problem+json');
      expect(openapiErrors(path, 400, 'application/problem+json', body)).toEqual([]);
      expect((body as { detail: string }).detail).toMatch(detail);
    });

    it.each(['/nope', '/sewers', '/water-quality/series/gh-c'])('GET %s → 404', async (path) => {
      const { status, type, body } = await getJson(path);
      expect(status).toBe(404);
      expect(type).toContain('application/problem+json');
      expect(body).toMatchObject({ status: 404, title: 'Not found' });
    });
  });
}
