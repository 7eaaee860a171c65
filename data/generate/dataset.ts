import type { Dataset } from '../../src/domain/dataset';
import { dailyGrid } from '../../src/domain/readings';
import { deriveSewersFigures } from '../../src/domain/sewers-figures';
import { deriveWaterFigures } from '../../src/domain/water-figures';
import { AS_OF, GENERATED_AT, SEED, STATIONS, TRANSFER } from './config';
import { mapGeometry } from './map-geometry';
import { createRandom } from './random';
import { generateSewers } from './sewers';
import { generateReadings } from './water-quality';

/** The illustrative dataset. Pure: the same seed gives the same dataset. */
export function generateDataset(seed = SEED): Dataset {
  const random = createRandom(seed);
  const illustrative = { kind: 'illustrative' } as const;
  return {
    generatedAt: GENERATED_AT,
    water: {
      source: illustrative,
      stations: STATIONS.map(({ id, name, kind, headline, location }) => ({ id, name, kind, headline, location })),
      readings: generateReadings(random.fork('readings')),
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
    sewers: { source: illustrative, ...generateSewers(random.fork('sewers'), AS_OF) },
  };
}

/**
 * Every file of `data/`, by file name: the dataset's parts, the figures the domain module derives from them (the same
 * module that derives an import's figures), so that the mock serves them without computing them again, and the map.
 */
export function datasetFiles(dataset: Dataset) {
  const { water, sewers } = dataset;
  return {
    'meta.json': { generatedAt: dataset.generatedAt },
    'stations.json': { stations: water.stations },
    'readings.json': water.readings,
    'water-daily.json': dailyGrid(water.readings),
    'transfer-events.json': { events: water.events },
    'water-figures.json': deriveWaterFigures(water),
    'sewers-towns.json': { towns: sewers.towns },
    'sewers-villages.json': { villages: sewers.villages },
    'sewers-progress.json': { period: sewers.period, asOf: sewers.asOf, progress: sewers.progress },
    'sewers-figures.json': deriveSewersFigures(sewers),
    // Not part of the dataset (an import does not replace it): the schematic map's lake and rivers.
    'map-geometry.json': mapGeometry(),
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
