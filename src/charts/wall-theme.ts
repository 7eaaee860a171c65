import { FONT_STACK, WALL } from '../styles/palette';
import { CLASS_COLORS, type ChartTheme } from './theme';

/*
 * The wall's theme, apart from the desk's (`theme.ts`): the desk pages' first chunk does not carry it.
 */

/** The wall's design width: its layout is drawn for 1920 × 1080 and scaled to the screen. */
export const WALL_DESIGN_WIDTH = 1920;

/**
 * The dark wall theme at `scale` (stage width ÷ 1920): type large enough to read at 4 m, in the wall's palette.
 */
export function wallTheme(scale: number): ChartTheme {
  return {
    fontFamily: FONT_STACK,
    fontSize: Math.round(17 * scale * 10) / 10,
    scale,
    text: WALL.text,
    muted: WALL.muted,
    axisLine: '#56667d',
    splitLine: '#223049',
    tooltipBackground: '#16223a',
    indicator: { nh3n: WALL.nh3n, tn: WALL.tn },
    transferBand: 'rgba(92, 176, 255, 0.16)',
    transferLabel: '#a8d2ff',
    otherTransferBands: ['rgba(192, 132, 252, 0.16)', 'rgba(52, 211, 180, 0.16)'],
    stations: [
      { color: WALL.nh3n, dash: 'solid' },
      { color: WALL.tn, dash: [8, 4] },
      { color: WALL.good, dash: [2, 3] },
      { color: '#c99bff', dash: [10, 3, 2, 3] },
      { color: '#f3c94f', dash: [16, 5] },
    ],
    limitLine: '#8393a8',
    plan: WALL.muted,
    actual: WALL.good,
    status: { completed: '#2fb99b', inProgress: '#f0a630', notStarted: '#44536b' },
    statusPattern: 'rgba(230, 236, 245, 0.4)',
    planMarker: '#f5f8fc',
    map: {
      water: '#1b3a5c',
      shore: '#5b8fc2',
      river: WALL.nh3n,
      townOnPlan: '#2fb99b',
      townBehind: WALL.tn,
      symbolBorder: '#f5f8fc',
      focus: WALL.focus,
    },
    waterClass: CLASS_COLORS,
  };
}
