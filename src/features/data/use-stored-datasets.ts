import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toShanghaiTimestamp } from '../../domain/shanghai-time';
import { writeBundle } from '../../import/bundle';
import { announceDatasetChange } from '../../import/dataset-channel';
import { type Choice, chooseWater, readWaterImport, readWaterState } from '../../import/dataset-store';
import { saveFile } from '../../export/download';

/** The imports kept in this browser (IndexedDB, not the API: they are this browser's, DESIGN §7 "Kept"). */
export const storedDatasetsQueryOptions = () =>
  queryOptions({
    queryKey: ['stored-datasets'] as const,
    queryFn: readWaterState,
    retry: false,
  });

export const useStoredDatasets = () => useQuery(storedDatasetsQueryOptions());

/** Makes a kept import or the illustrative data the active dataset, in every open tab. */
export function useChooseDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: chooseWater,
    onSuccess: () => {
      announceDatasetChange();
      return queryClient.invalidateQueries({ queryKey: storedDatasetsQueryOptions().queryKey });
    },
  });
}

/** Saves a kept import as a dataset bundle file. */
export async function exportBundle(id: Choice): Promise<void> {
  const record = await readWaterImport(id);
  if (!record) return;
  const exportedAt = toShanghaiTimestamp(Date.now());
  const blob = new Blob([writeBundle(record.dataset, exportedAt)], { type: 'application/json' });
  saveFile(blob, `ge-lake-dataset-${exportedAt.slice(0, 10)}.json`);
}
