import type { Language } from '../../i18n/messages';
import type { ChartRecipe } from '../recipes';

/** What the page asks the snapshot worker to draw: a recipe at a size, in the UI's language. */
export interface SnapshotRequest {
  id: number;
  recipe: ChartRecipe;
  language: Language;
  /** CSS pixels. */
  width: number;
  height: number;
}

/** The drawing as SVG markup, or why there is none. */
export type SnapshotReply = { id: number; svg: string } | { id: number; error: string };
