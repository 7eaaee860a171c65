/** Chart colours and type for the light desk theme. Builders take a theme so that the dark wall theme can follow. */
export interface ChartTheme {
  fontFamily: string;
  fontSize: number;
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
  /** A planned figure marked on a bar. */
  planMarker: string;
}

export const FONT_STACK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", system-ui, sans-serif';

export const deskTheme: ChartTheme = {
  fontFamily: FONT_STACK,
  fontSize: 12,
  text: '#1f2a37',
  muted: '#5b6776',
  axisLine: '#9aa5b1',
  splitLine: '#e4e8ee',
  tooltipBackground: '#ffffff',
  indicator: { nh3n: '#1565c0', tn: '#c2410c' },
  transferBand: 'rgba(21, 101, 192, 0.10)',
  transferLabel: '#0d47a1',
  otherTransferBands: ['rgba(124, 58, 237, 0.10)', 'rgba(15, 118, 110, 0.10)'],
  // Colours with ≥ 3:1 contrast on white (WCAG non-text contrast), each with its own dash pattern.
  stations: [
    { color: '#0b6bcb', dash: 'solid' },
    { color: '#c2410c', dash: [8, 4] },
    { color: '#0f766e', dash: [2, 3] },
    { color: '#7e22ce', dash: [10, 3, 2, 3] },
    { color: '#8a5a00', dash: [16, 5] },
  ],
  limitLine: '#6b7785',
  plan: '#6b7785',
  actual: '#0f766e',
  status: { completed: '#0f766e', inProgress: '#d97706', notStarted: '#cbd2d9' },
  planMarker: '#1f2a37',
};
