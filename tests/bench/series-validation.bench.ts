/**
 * Part of `npm run bench`: how long the client takes to validate the largest answer it reads, every station's
 * 4-hourly series over the whole dataset, with its schema (DESIGN v2 §3: a loop over columns, ≤ 5 ms). Served by the
 * same handlers, validated by the same schema, in Node.
 */
import { bench, describe } from 'vitest';
import { server } from '../../mocks/vitest-host';
import { seriesResponseSchema } from '../../src/api/water-quality';

server.listen({ onUnhandledRequest: 'error' });
const body: unknown = await (await fetch('http://localhost/api/v1/water-quality/series?interval=4h')).json();
server.close();
const values = (body as { series: { values: unknown[] }[] }).series.reduce((n, s) => n + s.values.length, 0);

describe(`series validation: ${values} values, every station, 4-hourly, the whole dataset`, () => {
  bench('seriesResponseSchema.safeParse', () => {
    if (!seriesResponseSchema.safeParse(body).success) throw new Error('the served series breaks its schema');
  });
});
