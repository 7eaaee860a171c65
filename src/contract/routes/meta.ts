import { parseShanghaiTimestamp } from '../../domain/shanghai-time';
import { ok } from '../answer';
import type { ContractRoute } from '../route';

export const metaRoutes: ContractRoute[] = [
  {
    group: 'meta',
    path: '/meta',
    async answer(_url, { water, sewers, generatedAt }) {
      const [waterFigures, sewersFigures, generated, waterSource, sewersSource] = await Promise.all([
        water.derived(),
        sewers.derived(),
        generatedAt(),
        water.source(),
        sewers.source(),
      ]);
      // Each part has its own as-of time; the dataset's is the later of the two (DESIGN §7 "Sewers", §3 v3 "parts").
      const programme = sewersFigures.programme;
      const asOf = [waterFigures.asOf, sewersFigures.summary.asOf].reduce((a, b) =>
        parseShanghaiTimestamp(a)! >= parseShanghaiTimestamp(b)! ? a : b,
      );
      return ok({
        asOf,
        timezone: 'Asia/Shanghai',
        synthetic: waterSource.kind === 'illustrative' || sewersSource.kind === 'illustrative',
        sources: { waterQuality: waterSource, sewers: sewersSource },
        parts: {
          waterQuality: { from: waterFigures.from, asOf: waterFigures.asOf },
          sewers: programme.length ? { from: programme[0]!.month, asOf: sewersFigures.summary.asOf } : null,
        },
        generatedAt: generated,
      });
    },
  },
];
