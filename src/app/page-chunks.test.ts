import { describe, expect, it, vi } from 'vitest';
import { startSnapshots } from '../charts/snapshot/snapshot-client';
import { startSnapshotWorker } from './page-chunks';

// A browser that can draw snapshots; the worker's start, watched.
vi.mock('../charts/snapshot/snapshot-client', () => ({ snapshotsAvailable: () => true, startSnapshots: vi.fn() }));

describe('startSnapshotWorker', () => {
  it('starts the worker for a page drawn first as snapshots, with the extensions its first charts need', () => {
    const started = vi.mocked(startSnapshots);
    for (const path of ['/', '/water-quality', '/sewers/', '/brief', '/wall', '/data']) startSnapshotWorker(path);
    expect(started.mock.calls).toEqual([[[]], [['zoom']], [['bar']]]);
  });
});
