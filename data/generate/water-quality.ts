import type { ReadingGrid } from '../../src/domain/dataset';
import { INDICATORS, type Indicator } from '../../src/domain/gb3838';
import { roundConcentration, SLOT_MINUTES, SLOT_MS } from '../../src/domain/readings';
import { DAY_MS, HOUR_MS, parseShanghaiDate, toShanghaiTimestamp } from '../../src/domain/shanghai-time';
import {
  GAP_SHARE,
  LAKE_CENTRE_CURVES,
  NOISE,
  READINGS_FIRST_DAY,
  STORY_FIRST_DAY,
  READINGS_LAST_DAY,
  STATIONS,
  STORMS,
  TRANSFER,
  type Anchors,
  type StationConfig,
} from './config';
import type { Random } from './random';

interface Storm {
  start: number;
  days: number;
  nh3nRise: number;
  tnRise: number;
}

function dateMs(date: string): number {
  const ms = parseShanghaiDate(date);
  if (ms === null) throw new Error(`bad date in config: ${date}`);
  return ms;
}

function interpolate(anchors: Anchors, t: number): number {
  const points = anchors.map(([date, level]) => [dateMs(date), level] as const);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new Error('empty anchors');
  if (t <= first[0]) return first[1];
  if (t >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [t1, v1] = points[i]!;
    const [t0, v0] = points[i - 1]!;
    if (t <= t1) return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
  return last[1];
}

/** Share of Yangtze water at the station, 0…1: ramps up after arrival, fades after the transfer ends. */
function transferWeight(station: StationConfig, t: number): number {
  const start = dateMs(TRANSFER.start);
  const end = dateMs(TRANSFER.end);
  const arrival = start + station.arrivalDays * DAY_MS;
  const ramp = (at: number) => Math.min(1, Math.max(0, (at - arrival) / (NOISE.rampDays * DAY_MS)));
  if (t < end) return ramp(t);
  return ramp(end) * Math.exp(-(t - end) / (NOISE.recoveryDays * DAY_MS));
}

function stormFactor(storms: readonly Storm[], indicator: Indicator, t: number, delayMs: number): number {
  let factor = 1;
  for (const storm of storms) {
    const dt = t - storm.start - delayMs;
    if (dt < 0) continue;
    const rise = indicator === 'nh3n' ? storm.nh3nRise : storm.tnRise;
    const riseMs = 8 * HOUR_MS;
    const shape = dt < riseMs ? dt / riseMs : Math.exp(-(dt - riseMs) / ((storm.days * DAY_MS) / 2));
    factor += rise * shape;
  }
  return factor;
}

function makeStorms(random: Random, season: { count: number; window: readonly [string, string] }): Storm[] {
  const from = dateMs(season.window[0]);
  const to = dateMs(season.window[1]);
  const storms: Storm[] = [];
  while (storms.length < season.count) {
    const start = from + Math.floor(random.uniform(0, (to - from) / SLOT_MS)) * SLOT_MS;
    if (storms.some((s) => Math.abs(s.start - start) < 7 * DAY_MS)) continue;
    storms.push({
      start,
      days: random.int(STORMS.days[0], STORMS.days[1]),
      nh3nRise: random.uniform(...STORMS.nh3nRise),
      tnRise: random.uniform(...STORMS.tnRise),
    });
  }
  return storms.sort((a, b) => a.start - b.start);
}

/** Outage mask: true where the station recorded nothing. Short drop-outs plus one whole missing day. */
function makeGaps(random: Random, slots: number): boolean[] {
  const gap = Array<boolean>(slots).fill(false);
  const target = Math.round(random.uniform(...GAP_SHARE) * slots);
  const wholeDay = random.int(10, Math.floor(slots / 6) - 10) * 6;
  for (let i = wholeDay; i < wholeDay + 6; i++) gap[i] = true;
  let lost = 6;
  while (lost < target) {
    const length = random.next() < 0.7 ? random.int(1, 4) : random.int(6, 12);
    const start = random.int(0, slots - length);
    for (let i = start; i < start + length && lost < target; i++) {
      if (!gap[i]) lost += 1;
      gap[i] = true;
    }
  }
  return gap;
}

function counterfactual(station: StationConfig, indicator: Indicator, t: number): number {
  if (station.own) return interpolate(station.own[indicator], t);
  return interpolate(LAKE_CENTRE_CURVES[indicator], t) * station.gradient[indicator];
}

/** What a station's level would be at `t`, before the noise: the season, the transfer's dilution, storm spikes. */
type Level = (t: number) => number;

interface NoiseWalk {
  random: Random;
  sigma: number;
  readingSigma: number;
}

/**
 * One indicator at one station over `slots` slots from `start`, forwards in time: an AR(1) log-noise walk starting
 * from its stationary distribution. Returns the values and the walk's state at the first slot.
 */
function walkForwards(level: Level, start: number, slots: number, gaps: readonly boolean[], noise: NoiseWalk) {
  const { phi, innovation } = arCoefficients();
  const values: (number | null)[] = [];
  let ar = noise.random.normal() * noise.sigma;
  let first = Number.NaN;
  for (let slot = 0; slot < slots; slot++) {
    ar = phi * ar + innovation * noise.sigma * noise.random.normal();
    if (slot === 0) first = ar;
    const jitter = noise.random.normal() * noise.readingSigma;
    values.push(gaps[slot] ? null : reading(level(start + slot * SLOT_MS), ar + jitter));
  }
  return { values, first };
}

/**
 * The same walk backwards in time from the state `from` one slot after the last: a stationary AR(1) reads the same
 * either way, so the year before joins the transfer's year without a jump.
 */
function walkBackwards(
  level: Level,
  start: number,
  slots: number,
  gaps: readonly boolean[],
  noise: NoiseWalk,
  from: number,
) {
  const { phi, innovation } = arCoefficients();
  const values: (number | null)[] = Array<number | null>(slots).fill(null);
  let ar = from;
  for (let slot = slots - 1; slot >= 0; slot--) {
    ar = phi * ar + innovation * noise.sigma * noise.random.normal();
    const jitter = noise.random.normal() * noise.readingSigma;
    if (!gaps[slot]) values[slot] = reading(level(start + slot * SLOT_MS), ar + jitter);
  }
  return values;
}

/** The AR(1) coefficient per 4-hour slot from the day-to-day one, and the innovation that keeps σ stationary. */
function arCoefficients() {
  const phi = NOISE.dailyPhi ** (SLOT_MS / DAY_MS);
  return { phi, innovation: Math.sqrt(1 - phi * phi) };
}

const reading = (level: number, logNoise: number) => Math.max(0.01, roundConcentration(level * Math.exp(logNoise)));

/**
 * Every station's 4-hourly readings from the year before the transfer to the as-of day. The transfer's year (from
 * STORY_FIRST_DAY) is generated exactly as before the year before was added; the year before has streams of its own.
 */
export function generateReadings(random: Random): ReadingGrid {
  const first = dateMs(READINGS_FIRST_DAY);
  const story = dateMs(STORY_FIRST_DAY);
  const end = dateMs(READINGS_LAST_DAY) + DAY_MS;
  const [beforeSlots, storySlots] = [(story - first) / SLOT_MS, (end - story) / SLOT_MS];
  const storms = [
    ...makeStorms(random.fork('storms-year-before'), STORMS.yearBefore),
    ...makeStorms(random.fork('storms'), STORMS),
  ];

  const values: ReadingGrid['values'] = {};
  for (const station of STATIONS) {
    const stationRandom = random.fork(station.id);
    const gaps = makeGaps(stationRandom.fork('gaps'), storySlots);
    const gapsBefore = makeGaps(stationRandom.fork('gaps-year-before'), beforeSlots);
    const stormDelay = station.kind === 'inflow' ? 0 : 12 * HOUR_MS;
    const stormScale = station.kind === 'inflow' ? 1.3 : 1;
    const series = { nh3n: [], tn: [] } as Record<Indicator, (number | null)[]>;
    for (const indicator of INDICATORS) {
      const level: Level = (t) =>
        counterfactual(station, indicator, t) *
        (1 - station.effect[indicator] * transferWeight(station, t)) *
        (1 + (stormFactor(storms, indicator, t, stormDelay) - 1) * stormScale);
      const noise = (label: string) => ({
        random: stationRandom.fork(label),
        sigma: NOISE.sigma[indicator],
        readingSigma: NOISE.readingSigma[indicator],
      });
      const transferYear = walkForwards(level, story, storySlots, gaps, noise(indicator));
      const yearBefore = walkBackwards(
        level,
        first,
        beforeSlots,
        gapsBefore,
        noise(`${indicator}-year-before`),
        transferYear.first,
      );
      series[indicator] = [...yearBefore, ...transferYear.values];
    }
    values[station.id] = series;
  }
  return { start: toShanghaiTimestamp(first), stepMinutes: SLOT_MINUTES, slots: beforeSlots + storySlots, values };
}
