import type { TransferEvent } from '../../../api/water-quality';

/** The transfer the page reports on: the first event the API lists. */
export const primaryTransfer = (events: readonly TransferEvent[]): TransferEvent | null => events[0] ?? null;
