/**
 * The colours and type the page's style sheets and the charts share, in one place: `charts/theme.ts` reads them, and
 * `vite.config.ts` writes them as the sheets' custom properties (`virtual:palette.css`, `--desk-text`, `--wall-nh3n`,
 * …). Plain data: the Vite config imports it.
 */

/**
 * Single quotes: ECharts' server-side SVG writes the family into a double-quoted style attribute as it is, and a
 * double quote there would end the attribute (the snapshot worker's drawings).
 */
export const FONT_STACK =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', system-ui, sans-serif";

/** The light desk pages: ink on white. */
export const DESK = {
  text: '#1f2a37',
  muted: '#5b6776',
  nh3n: '#1565c0',
  tn: '#c2410c',
  /** A fall in a concentration, a completed village: the good direction. */
  good: '#0f766e',
} as const;

/** The dark wall: every colour with at least 3:1 contrast on its panels (#101a2c), text 4.5:1. */
export const WALL = {
  text: '#e8eef7',
  muted: '#a9b8cc',
  nh3n: '#5cb0ff',
  tn: '#ff9b5e',
  good: '#3fd6b6',
  /** What the rotation brings forward, and a warning. */
  focus: '#ffd166',
} as const;

/** The palette as CSS custom properties on `:root`: `--font`, `--desk-*`, `--wall-*`. */
export function paletteCss(): string {
  const properties = [
    `--font: ${FONT_STACK};`,
    ...Object.entries(DESK).map(([name, value]) => `--desk-${name}: ${value};`),
    ...Object.entries(WALL).map(([name, value]) => `--wall-${name}: ${value};`),
  ];
  return `:root {\n${properties.map((line) => `  ${line}`).join('\n')}\n}\n`;
}
