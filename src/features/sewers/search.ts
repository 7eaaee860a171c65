import * as z from 'zod/mini';
import { villageStatusSchema } from '../../api/sewers';
import { MEASURES, type SewersSearch } from './lib/view';

/** `/sewers`' search params: a value that does not parse is dropped (and the default used), never an error. */
export const sewersSearchSchema = z.object({
  town: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  status: z.catch(z.optional(villageStatusSchema), undefined),
  q: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  sort: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  measure: z.catch(z.optional(z.enum(MEASURES)), undefined),
}) satisfies z.ZodMiniType<SewersSearch>;
