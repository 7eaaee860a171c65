import { AS_OF, GENERATED_AT, SEED, STATIONS, TRANSFER } from './config';
import { createRandom } from './random';
import { generateSewers } from './sewers';
import { generateReadings } from './water-quality';

/** Every file of `data/`, by file name, as plain values. Pure: the same seed gives the same dataset. */
export function generateDataset(seed = SEED) {
  const random = createRandom(seed);
  const sewers = generateSewers(random.fork('sewers'), AS_OF);
  return {
    'meta.json': { asOf: AS_OF, timezone: 'Asia/Shanghai', synthetic: true, generatedAt: GENERATED_AT },
    'stations.json': {
      stations: STATIONS.map(({ id, name, kind, headline, location }) => ({ id, name, kind, headline, location })),
    },
    'readings.json': generateReadings(random.fork('readings')),
    'transfer-events.json': {
      events: [
        {
          id: TRANSFER.id,
          name: TRANSFER.name,
          source: TRANSFER.source,
          start: `${TRANSFER.start}T00:00:00+08:00`,
          end: `${TRANSFER.end}T00:00:00+08:00`,
          flowM3s: TRANSFER.flowM3s,
          note: TRANSFER.note,
        },
      ],
    },
    'sewers-summary.json': sewers.summary,
    'sewers-towns.json': { towns: sewers.towns },
    'sewers-progress.json': sewers.progress,
    'sewers-villages.json': { villages: sewers.villages },
  };
}

/**
 * JSON with two-space indentation, but arrays of plain values kept on one line
 * (the readings would otherwise take a line per number).
 */
export function formatJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`);
    return entries.length ? `{\n${entries.join(',\n')}\n${indent}}` : '{}';
  }
  return JSON.stringify(value);
}
