/**
 * How tabs learn that the dataset changed (DESIGN §7 "Kept": a wall in another tab switches within one refresh).
 * Whoever changes the stored choice posts on the channel; the mock API of every tab (this one included) reloads from
 * the store and then fires the window event, on which the app refetches what it shows.
 */
export const DATASET_CHANNEL = 'gehu-water-dashboard:dataset';
export const DATASET_SERVED_EVENT = 'gehu:dataset-served';

export function announceDatasetChange(): void {
  const channel = new BroadcastChannel(DATASET_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}
