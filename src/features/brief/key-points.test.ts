import { describe, expect, it } from 'vitest';
import type { SewersSummary, Town } from '../../api/sewers';
import type { Station, StationFigures, WaterSummary } from '../../api/water-quality';
import { parseShanghaiDate } from '../../domain/shanghai-time';
import { keyPoints, type KeyPointsInput } from './key-points';
import { cssString } from './page-style';

const station = (id: string, zh: string, en: string, headline = false): Station => ({
  id,
  name: { zh, en },
  kind: 'lake',
  headline,
  location: null,
  cadenceMinutes: 240,
});
const stations = [
  station('n', '北站', 'North'),
  station('c', '中站', 'Centre', true),
  station('in', '入口', 'Inlet'),
  station('s', '南站', 'South'),
];

const stats = { mean: 1, min: 1, max: 1, count: 180, shareClassIIIOrBetter: null, coverage: 'ok' as const };
/** A row whose figures default to missing for `reason`: each test gives the values (and reasons) it speaks of. */
const figures = (
  stationId: string,
  indicator: 'nh3n' | 'tn',
  own: Partial<StationFigures>,
  reason: StationFigures['reasons']['change'] = 'during-sparse',
): StationFigures => ({
  stationId,
  indicator,
  latest: null,
  baseline: stats,
  during: stats,
  after: null,
  lastYearBaseline: stats,
  lastYearDuring: stats,
  change: null,
  changeVsLastYear: null,
  netOfSeasonPts: null,
  lagDays: null,
  ...own,
  reasons: {
    change: own.change == null ? reason : null,
    changeVsLastYear: own.changeVsLastYear == null ? reason : null,
    netOfSeasonPts: own.netOfSeasonPts == null ? reason : null,
    lagDays: own.lagDays == null ? reason : null,
    ...own.reasons,
  },
  tones: { change: null, changeVsLastYear: null },
});
const start = parseShanghaiDate('2023-10-10')!;
const window = { from: start, to: start + 1 };
const summary = (rows: StationFigures[]): WaterSummary => ({
  asOf: parseShanghaiDate('2024-03-31')!,
  event: { id: 'e', start, end: null, inData: true },
  windows: { baseline: window, during: window, after: null, lastYearBaseline: window, lastYearDuring: window },
  figures: rows,
});

const counts = (total: number, completed: number, inProgress: number) => ({
  total,
  completed,
  inProgress,
  notStarted: total - completed - inProgress,
});
const sewers: SewersSummary = {
  asOf: parseShanghaiDate('2024-03-15')!,
  period: { start: '2022-01-01', end: '2025-12-31' },
  villages: counts(759, 416, 104),
  pipelineKm: { planned: 1080, built: 658.04 },
  // Served shares, deliberately not 416 / 759: the sentence quotes what is served.
  shareOfTotal: { villages: 0.548, km: 0.609 },
  plan: {
    plannedToDate: { villages: 423, km: 700 },
    shareOfPlan: { villages: 416 / 423, km: 0.94 },
    gapToPlan: { villages: 7, km: 41.96 },
  },
  standing: 'behind',
};
const town = (id: string, zh: string, en: string, gap: number, standing: Town['standing']): Town => ({
  id,
  name: { zh, en },
  location: null,
  villages: counts(100, 50, 10),
  pipelineKm: { planned: 100, built: 50 },
  shareOfTotal: { villages: 0.5, km: 0.5 },
  plan: {
    plannedToDate: { villages: 50 + gap, km: 60 },
    shareOfPlan: { villages: 0.9, km: 0.9 },
    gapToPlan: { villages: gap, km: 1 },
  },
  standing,
});
// The API's order: furthest behind first. 丙镇 is a village short but on plan by its standing: never "behind".
const towns = [
  town('a', '甲镇', 'Jia', 12, 'well-behind'),
  town('b', '乙镇', 'Yi', 3, 'behind'),
  town('c', '丙镇', 'Bing', 1, 'on-plan'),
  town('d', '丁镇', 'Ding', -4, 'ahead'),
];

const full: KeyPointsInput = {
  stations,
  summary: summary([
    figures('c', 'nh3n', { change: -0.40404, changeVsLastYear: -0.4515, netOfSeasonPts: -38.04, lagDays: 11 }),
    figures('c', 'tn', { change: 0.0123, changeVsLastYear: 0.2, netOfSeasonPts: 5.55 }, 'not-reached'),
    figures('n', 'nh3n', { lagDays: 4 }),
    figures('in', 'nh3n', { lagDays: 2 }),
    figures('s', 'nh3n', {}, 'not-reached'),
  ]),
  sewers,
  towns,
};

describe('keyPoints', () => {
  it('writes the five sentences in Chinese, every number as the screens show it', () => {
    expect(keyPoints(full, 'zh')).toEqual([
      '调水期间中站氨氮均值较调水前 30 天下降 40.4%，较去年同期下降 45.2%，扣除季节因素约 −38.0 个百分点。',
      '调水期间中站总氮均值较调水前 30 天上升 1.2%，较去年同期上升 20.0%，扣除季节因素约 +5.6 个百分点。',
      '氨氮降到调水前均值八成以下：入口最早，2 天后；中站最晚，11 天后；南站在调水期间未达到。',
      '截至 2024-03，759 个自然村中已完成污水治理 416 个（54.8%），在建 104 个；管网建成 658.0 公里，占计划 1,080 公里的 60.9%。',
      '按计划截至 2024-03 应完成 423 个村，实际完成计划的 98.3%；落后计划最多的是甲镇（差 12 个村）、乙镇（差 3 个村）。',
    ]);
  });

  it('writes them in English', () => {
    expect(keyPoints(full, 'en')).toEqual([
      'During the transfer, the mean NH3-N at Centre was 40.4% lower than in the 30 days before and 45.2% lower than in the same period last year, about −38.0 percentage points net of season.',
      'During the transfer, the mean TN at Centre was 1.2% higher than in the 30 days before and 20.0% higher than in the same period last year, about +5.6 percentage points net of season.',
      'NH3-N fell below 80% of its pre-transfer mean first at Inlet, after 2 days, and last at Centre, after 11 days; South did not get there during the transfer.',
      'By 2024-03, 416 of 759 natural villages had completed their sewage works (54.8%) and 104 were under way; 658.0 km of the 1,080 km of planned pipe had been built (60.9%).',
      'The plan foresaw 423 villages by 2024-03; 98.3% of that has been reached; furthest behind plan: Jia (12 villages short), Yi (3 villages short).',
    ]);
  });

  it('says what cannot be said, with the served reason: no year before, too little data, no arrival, no plan', () => {
    const sparse: KeyPointsInput = {
      stations,
      summary: summary([
        figures('c', 'nh3n', { change: -0.25, reasons: { lagDays: 'not-reached' } as never }, 'last-year-empty'),
        figures('c', 'tn', {}),
        figures('n', 'nh3n', { lagDays: 3 }),
      ]),
      sewers: { ...sewers, plan: null, standing: null },
      towns: towns.map((t) => ({ ...t, plan: null, standing: null })),
    };
    expect(keyPoints(sparse, 'zh')).toEqual([
      '调水期间中站氨氮均值较调水前 30 天下降 25.0%；无法与去年同期比较（无去年同期数据）。',
      '调水期间中站总氮的变化无法计算（数据不足）。',
      '氨氮降到调水前均值八成以下的只有北站，3 天后；中站在调水期间未达到。',
      '截至 2024-03，759 个自然村中已完成污水治理 416 个（54.8%），在建 104 个；管网建成 658.0 公里，占计划 1,080 公里的 60.9%。',
      '未提供管网建设计划，无法与计划比较。',
    ]);
  });

  it('calls a town behind only by its standing, whatever its gap', () => {
    const onPlan = { ...full, towns: towns.map((t) => ({ ...t, standing: 'on-plan' as const })) };
    expect(keyPoints(onPlan, 'en').at(-1)).toBe(
      'The plan foresaw 423 villages by 2024-03; 98.3% of that has been reached; no town is behind plan.',
    );
    expect(keyPoints(onPlan, 'zh').at(-1)).not.toContain('落后计划最多');
  });

  it('never states an arrival for a station with too little data, and never "not reached"', () => {
    const sparse: KeyPointsInput = {
      ...full,
      summary: summary(
        stations.flatMap((s) => [figures(s.id, 'nh3n', {}, 'during-sparse'), figures(s.id, 'tn', {}, 'during-sparse')]),
      ),
    };
    const zh = keyPoints(sparse, 'zh');
    expect(zh.slice(0, 3)).toEqual([
      '调水期间中站氨氮的变化无法计算（数据不足）。',
      '调水期间中站总氮的变化无法计算（数据不足）。',
      '各站数据不足，无法判断调水效果何时到达。',
    ]);
    expect(zh.join('')).not.toMatch(/未降到|未达到|尚未见效/);
    expect(keyPoints(sparse, 'en')[2]).toBe(
      'Too little data at every station to tell when the transfer water arrived.',
    );
  });

  it('says so when no station was read during the transfer, and speaks of nothing else about it', () => {
    const rows = stations.flatMap((s) => [
      figures(s.id, 'nh3n', {}, 'during-empty'),
      figures(s.id, 'tn', {}, 'during-empty'),
    ]);
    const empty = { ...full, summary: { ...summary(rows), event: { ...summary(rows).event, inData: false } } };
    const zh = keyPoints(empty, 'zh');
    expect(zh[0]).toBe('调水期间没有任何站点的读数，无法评估调水效果。');
    expect(zh).toHaveLength(3);
    expect(keyPoints(empty, 'en')[0]).toBe(
      'No station was read during the transfer, so its effect cannot be assessed.',
    );
  });

  it('speaks of the stations by their reasons: reached, not yet, and how many had too little data', () => {
    const mixed: KeyPointsInput = {
      ...full,
      summary: summary([
        figures('c', 'nh3n', {}, 'too-few-days'),
        figures('n', 'nh3n', { lagDays: 3 }),
        figures('in', 'nh3n', {}, 'not-yet'),
        figures('s', 'nh3n', {}, 'baseline-sparse'),
      ]),
    };
    expect(keyPoints(mixed, 'zh')[2]).toBe(
      '氨氮降到调水前均值八成以下的只有北站，3 天后；入口尚未见效；另有 2 个站点数据不足，未作判断。',
    );
  });

  it('tells the data without the transfer when the transfer lies outside the data', () => {
    const rows = stations.flatMap((s) => [figures(s.id, 'nh3n', {}, 'event-after-data')]);
    const outside = { ...full, summary: { ...summary(rows), event: { ...summary(rows).event, inData: false } } };
    const zh = keyPoints(outside, 'zh');
    expect(zh[0]).toBe('数据时段内没有调水，无法评估调水效果。');
    expect(zh).toHaveLength(3);
  });

  it('leaves the water out without a transfer event, and the sewers without villages', () => {
    const none = { ...full, summary: null, sewers: { ...sewers, villages: counts(0, 0, 0) } };
    expect(keyPoints(none, 'zh')).toEqual([]);
  });
});

describe('cssString', () => {
  it('keeps letters and escapes everything that could end the string or the rule', () => {
    expect(cssString('滆湖 2024')).toBe('"滆湖 2024"');
    expect(cssString('a"b\\c;}</style>')).toBe('"a\\22 b\\5c c\\3b \\7d \\3c \\2f style\\3e "');
  });
});
