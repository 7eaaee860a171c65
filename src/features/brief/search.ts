import * as z from 'zod/mini';
import { dateSchema } from '../../api/common';

/**
 * `/brief`'s search params: the transfer event whose windows the figures describe (default: the first), and a date
 * range that only narrows the charts. A value that is not even well-formed is dropped; a well-formed one that the data
 * cannot honour (an unknown event, a reversed or empty range) is said on the page.
 */
export const briefSearchSchema = z.object({
  event: z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(80))), undefined),
  from: z.catch(z.optional(dateSchema), undefined),
  to: z.catch(z.optional(dateSchema), undefined),
});
export type BriefSearch = z.infer<typeof briefSearchSchema>;
