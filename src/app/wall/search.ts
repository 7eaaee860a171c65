import * as z from 'zod/mini';
import { parseShanghaiDate } from '../../domain/shanghai-time';

/** Whole seconds from 0 (off) up to `max`; anything else falls back to the default. */
const seconds = (max: number) => z.catch(z.optional(z.int().check(z.minimum(0), z.maximum(max))), undefined);

/**
 * `/wall`'s search params: `rotate` and `refresh` in seconds (0 turns them off), `replay=1`, or `replay=YYYY-MM-DD` to
 * replay from that day (a fortnight before the transfer, say) rather than from the first.
 */
export const wallSearchSchema = z.object({
  rotate: seconds(3600),
  refresh: seconds(86_400),
  replay: z.catch(
    z.optional(z.union([z.literal(1), z.literal(true), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))])),
    undefined,
  ),
});

export type WallSearch = z.infer<typeof wallSearchSchema>;

export const DEFAULT_ROTATE_SECONDS = 20;
export const DEFAULT_REFRESH_SECONDS = 60;

export interface WallSettings {
  rotateSeconds: number;
  refreshSeconds: number;
  replay: boolean;
  /** The day the replay starts from and loops back to (a Shanghai day start); null: the first day of the data. */
  replayFrom: number | null;
}

export function wallSettings(search: WallSearch): WallSettings {
  return {
    rotateSeconds: search.rotate ?? DEFAULT_ROTATE_SECONDS,
    refreshSeconds: search.refresh ?? DEFAULT_REFRESH_SECONDS,
    replay: search.replay !== undefined,
    replayFrom: typeof search.replay === 'string' ? parseShanghaiDate(search.replay) : null,
  };
}
