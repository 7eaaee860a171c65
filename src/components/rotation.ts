/** The index `step` points at in a cycle of `count` (steps may go below zero when a presenter steps back). */
export const cycleIndex = (step: number, count: number) => (count > 0 ? ((step % count) + count) % count : 0);
