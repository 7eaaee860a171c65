import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toShanghaiTimestamp } from '../../domain/shanghai-time';
import { saveFile } from '../../export/download';
import { writeBundle } from '../../import/bundle';
import { announceDatasetChange } from '../../import/dataset-channel';
import { type Choice, choose, readImport, readState } from '../../import/dataset-store';
import type { Part } from '../../domain/dataset';

/** The imports kept in this browser, per part (IndexedDB, not the API: they are this browser's, DESIGN §7 "Kept"). */
export const storedDatasetsQueryOptions = () =>
  queryOptions({
    queryKey: ['stored-datasets'] as const,
    queryFn: async () => ({ water: await readState('water'), sewers: await readState('sewers') }),
    retry: false,
  });

export const useStoredDatasets = () => useQuery(storedDatasetsQueryOptions());

/** Makes a kept import or the built-in data the data a part serves, in every open tab. */
export function useChooseDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ part, choice }: { part: Part; choice: Choice }) => choose(part, choice),
    onSuccess: () => {
      announceDatasetChange();
      return queryClient.invalidateQueries({ queryKey: storedDatasetsQueryOptions().queryKey });
    },
  });
}

/** Saves the active imports (water, sewers or both) as one dataset bundle file. */
export async function exportBundle(active: { water: Choice | null; sewers: Choice | null }): Promise<void> {
  const [water, sewers] = await Promise.all([
    active.water ? readImport(active.water) : undefined,
    active.sewers ? readImport(active.sewers) : undefined,
  ]);
  const exportedAt = toShanghaiTimestamp(Date.now());
  const text = writeBundle(
    {
      water: water?.part === 'water' ? water.dataset : null,
      sewers: sewers?.part === 'sewers' ? sewers.dataset : null,
    },
    exportedAt,
  );
  saveFile(new Blob([text], { type: 'application/json' }), `ge-lake-dataset-${exportedAt.slice(0, 10)}.json`);
}
