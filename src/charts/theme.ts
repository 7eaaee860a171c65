import type { WaterClass } from '../domain/gb3838';
import { DESK, FONT_STACK } from '../styles/palette';

/** Chart colours, type and size: the light desk theme, and the dark wall theme at its screen's scale. */
export interface ChartTheme {
  fontFamily: string;
  /** The base text size in CSS pixels, at this theme's scale. */
  fontSize: number;
  /** Sizes in builders are design pixels times this: 1 on the desk; the wall's stage width ÷ 1920. */
  scale: number;
  text: string;
  muted: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  indicator: { nh3n: string; tn: string };
  transferBand: string;
  transferLabel: string;
  /** Further transfer events, told apart from the first by colour and by their labels. */
  otherTransferBands: readonly string[];
  /** One colour and one dash pattern per station, so that lines are told apart without colour too. */
  stations: readonly { color: string; dash: 'solid' | number[] }[];
  limitLine: string;
  plan: string;
  actual: string;
  /** Village status: done, under way, not begun. */
  status: { completed: string; inProgress: string; notStarted: string };
  /** The hatching and dots drawn over status bars, so that they are told apart without colour. */
  statusPattern: string;
  /** A planned figure marked on a bar. */
  planMarker: string;
  /** The schematic map: lake, shore and rivers; towns on and behind plan; stations by their GB 3838 class. */
  map: {
    water: string;
    shore: string;
    river: string;
    townOnPlan: string;
    townBehind: string;
    /** Outline of every symbol, so that a light class colour still stands out from the water. */
    symbolBorder: string;
    /** The ring and label of the station and town the wall's rotation brings forward. */
    focus: string;
  };
  waterClass: Record<WaterClass | 'none', string>;
}

/**
 * GB 3838 class colours after the standard's 表征颜色 (I–II blue, III green, IV yellow, V orange, worse red), deep
 * enough to show on water; the class is always named beside the colour.
 */
export const CLASS_COLORS: ChartTheme['waterClass'] = {
  I: '#4fc3f7',
  II: '#1e88e5',
  III: '#43a047',
  IV: '#f2c500',
  V: '#f57c00',
  'worse-than-V': '#d32f2f',
  none: '#9aa5b1',
};

export const deskTheme: ChartTheme = {
  fontFamily: FONT_STACK,
  fontSize: 12,
  scale: 1,
  text: DESK.text,
  muted: DESK.muted,
  axisLine: '#9aa5b1',
  splitLine: '#e4e8ee',
  tooltipBackground: '#ffffff',
  indicator: { nh3n: DESK.nh3n, tn: DESK.tn },
  transferBand: 'rgba(21, 101, 192, 0.10)',
  transferLabel: '#0d47a1',
  otherTransferBands: ['rgba(124, 58, 237, 0.10)', 'rgba(15, 118, 110, 0.10)'],
  // Colours with ≥ 3:1 contrast on white (WCAG non-text contrast), each with its own dash pattern.
  stations: [
    { color: '#0b6bcb', dash: 'solid' },
    { color: DESK.tn, dash: [8, 4] },
    { color: DESK.good, dash: [2, 3] },
    { color: '#7e22ce', dash: [10, 3, 2, 3] },
    { color: '#8a5a00', dash: [16, 5] },
  ],
  limitLine: '#6b7785',
  plan: '#6b7785',
  actual: DESK.good,
  status: { completed: DESK.good, inProgress: '#d97706', notStarted: '#cbd2d9' },
  statusPattern: 'rgba(40, 48, 60, 0.45)',
  planMarker: DESK.text,
  map: {
    water: '#d3e6f6',
    shore: '#5d8bb3',
    river: '#2f6fa8',
    townOnPlan: DESK.good,
    townBehind: DESK.tn,
    symbolBorder: DESK.text,
    focus: '#b45309',
  },
  waterClass: CLASS_COLORS,
};
