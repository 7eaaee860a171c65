import * as z from 'zod/mini';
import { dateSchema } from '../../api/common';
import { intervalSchema } from '../../api/water-quality';
import { PRESETS, type WaterQualitySearch } from './lib/view';

/** `/water-quality`'s search params: a value that does not parse is dropped (and the default used), never an error. */
export const waterQualitySearchSchema = z.object({
  stations: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  preset: z.catch(z.optional(z.enum(PRESETS)), undefined),
  from: z.catch(z.optional(dateSchema), undefined),
  to: z.catch(z.optional(dateSchema), undefined),
  interval: z.catch(z.optional(intervalSchema), undefined),
  lastYear: z.catch(z.optional(z.boolean()), undefined),
}) satisfies z.ZodMiniType<WaterQualitySearch>;
