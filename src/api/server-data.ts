import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet, apiSend } from './client';
import { timestampSchema } from './common';
import { sourceSchema } from './meta';
import type { Part } from '../domain/dataset';

/**
 * The bureau server's own endpoints (DESIGN §10, pinned table): who is signed in, the datasets it holds, the audit
 * log, and the writes an editor makes. The app calls them only when the server serves it (`apiHost === 'server'`);
 * the mock answers 404.
 */
export const sessionSchema = z.object({ name: z.string(), role: z.enum(['editor', 'reader']) });
export type SignedIn = z.infer<typeof sessionSchema>;

const datasetSchema = z.object({
  id: z.string(),
  part: z.enum(['water', 'sewers']),
  createdAt: timestampSchema,
  createdBy: z.string(),
  source: sourceSchema,
  active: z.boolean(),
});
export type DatasetListing = z.infer<typeof datasetSchema>;
const datasetsSchema = z.array(datasetSchema);

const auditSchema = z.object({
  entries: z.array(z.object({ at: z.string(), user: z.string(), action: z.string(), detail: z.unknown() })),
});
const activeIdsSchema = z.object({ water: z.string(), sewers: z.string() });

export const serverKeys = {
  session: () => ['server', 'session'] as const,
  datasets: () => ['server', 'datasets'] as const,
  audit: () => ['server', 'audit'] as const,
};

/** Who is signed in: null when nobody is (the server answers 401). */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: serverKeys.session(),
    queryFn: async ({ signal }) => {
      try {
        return await apiGet('/session', sessionSchema, undefined, signal);
      } catch (error) {
        if ((error as { status?: number }).status === 401) return null;
        throw error;
      }
    },
  });

export const useSession = () => useQuery(sessionQueryOptions());

const datasetsQueryOptions = () =>
  queryOptions({
    queryKey: serverKeys.datasets(),
    queryFn: ({ signal }) => apiGet('/datasets', datasetsSchema, undefined, signal),
  });

export const useServedDatasets = () => useQuery(datasetsQueryOptions());

const auditQueryOptions = () =>
  queryOptions({
    queryKey: serverKeys.audit(),
    queryFn: ({ signal }) => apiGet('/audit', auditSchema, undefined, signal),
  });

export const useAuditLog = () => useQuery(auditQueryOptions());

/** Everything of the server's own that depends on who is signed in. */
const SERVER_QUERIES = { queryKey: ['server'] as const };

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    // `/data?wall=1`: a wall signs in with a reader account and keeps its session 30 days after its last use.
    mutationFn: (credentials: { name: string; password: string }) =>
      apiSend('POST', '/session', {
        ...credentials,
        wall: new URLSearchParams(window.location.search).get('wall') === '1',
      }),
    onSuccess: () => client.invalidateQueries(SERVER_QUERIES),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('DELETE', '/session', undefined),
    onSuccess: () => client.invalidateQueries(SERVER_QUERIES),
  });
}

/** Makes a dataset its part's active one, against the one the page showed as active (`basedOn`). */
export function useSwitchDataset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ part, dataset, basedOn }: { part: Part; dataset: string; basedOn: string }) =>
      apiSend('PUT', `/active/${part}`, { dataset, basedOn }, activeIdsSchema),
    // Every screen shows the data again: the change notice would bring it too, a moment later.
    onSettled: () => client.invalidateQueries(),
  });
}
