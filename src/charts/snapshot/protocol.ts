import type { Language } from '../../i18n/messages';
import type { OptionExtension } from '../registry';
import type { ChartRecipe } from '../recipes';

/** What the page asks the snapshot worker: to load extensions ahead of the page's data, or to draw. */
export type SnapshotRequest = { kind: 'prepare'; extensions: readonly OptionExtension[] } | SnapshotDraw;

/** A recipe to draw at a size, in the UI's language. */
export interface SnapshotDraw {
  kind: 'draw';
  id: number;
  recipe: ChartRecipe;
  language: Language;
  /** CSS pixels. */
  width: number;
  height: number;
}

/** The drawing as SVG markup, or why there is none. */
export type SnapshotReply = { id: number; svg: string } | { id: number; error: string };
