import * as z from 'zod/mini';

/** The build-time environment, parsed once; a bad value stops the app with a readable message. */
const envSchema = z.object({
  VITE_API_BASE_URL: z._default(
    z.string().check(z.regex(/^(https?:\/\/[^\s]+|\/[^\s]*)$/, 'must be an absolute URL or a path starting with /')),
    '/api/v1',
  ),
  VITE_API_MOCKING: z._default(z.enum(['on', 'off'], "must be 'on' or 'off'"), 'on'),
  VITE_DATASET: z._default(
    z.enum(['illustrative', 'imported'], "must be 'illustrative' or 'imported'"),
    'illustrative',
  ),
});

/** Reads the `VITE_*` variables; throws a readable error on a bad value. */
export function parseEnv(source: Record<string, unknown>) {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return {
    apiBaseUrl: result.data.VITE_API_BASE_URL.replace(/\/$/, ''),
    mocking: result.data.VITE_API_MOCKING === 'on',
    /** The mock's default water data: the illustrative, or the import `npm run data:import` wrote (DESIGN §7). */
    dataset: result.data.VITE_DATASET,
  };
}

// Outside Vite (a script run by tsx in Node) there is no `import.meta.env`: the defaults hold there.
export const env = parseEnv(import.meta.env ?? {});
