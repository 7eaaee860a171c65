import type { ReadingGrid } from '../../src/domain/dataset';
import { INDICATORS, type Indicator } from '../../src/domain/gb3838';
import { roundConcentration, SLOT_MINUTES, SLOT_MS } from '../../src/domain/readings';
import { DAY_MS, HOUR_MS, parseShanghaiDate, toShanghaiTimestamp } from '../../src/domain/shanghai-time';
import {
  GAP_SHARE,
  LAKE_CENTRE_CURVES,
  NOISE,
  READINGS_FIRST_DAY,
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

function makeStorms(random: Random): Storm[] {
  const from = dateMs(STORMS.window[0]);
  const to = dateMs(STORMS.window[1]);
  const storms: Storm[] = [];
  while (storms.length < STORMS.count) {
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

export function generateReadings(random: Random): ReadingGrid {
  const start = dateMs(READINGS_FIRST_DAY);
  const end = dateMs(READINGS_LAST_DAY) + DAY_MS;
  const slots = (end - start) / SLOT_MS;
  const storms = makeStorms(random.fork('storms'));
  const phi = NOISE.dailyPhi ** (SLOT_MS / DAY_MS);
  const innovation = Math.sqrt(1 - phi * phi);

  const values: ReadingGrid['values'] = {};
  for (const station of STATIONS) {
    const stationRandom = random.fork(station.id);
    const gaps = makeGaps(stationRandom.fork('gaps'), slots);
    const stormDelay = station.kind === 'inflow' ? 0 : 12 * HOUR_MS;
    const stormScale = station.kind === 'inflow' ? 1.3 : 1;
    const series = { nh3n: [], tn: [] } as Record<Indicator, (number | null)[]>;
    for (const indicator of INDICATORS) {
      const noise = stationRandom.fork(indicator);
      const sigma = NOISE.sigma[indicator];
      let ar = noise.normal() * sigma;
      for (let slot = 0; slot < slots; slot++) {
        const t = start + slot * SLOT_MS;
        ar = phi * ar + innovation * sigma * noise.normal();
        const jitter = noise.normal() * NOISE.readingSigma[indicator];
        if (gaps[slot]) {
          series[indicator].push(null);
          continue;
        }
        const level =
          counterfactual(station, indicator, t) *
          (1 - station.effect[indicator] * transferWeight(station, t)) *
          (1 + (stormFactor(storms, indicator, t, stormDelay) - 1) * stormScale);
        series[indicator].push(Math.max(0.01, roundConcentration(level * Math.exp(ar + jitter))));
      }
    }
    values[station.id] = series;
  }
  return { start: toShanghaiTimestamp(start), stepMinutes: SLOT_MINUTES, slots, values };
}
