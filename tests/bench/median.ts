/** The middle value (the upper one of an even count): benchmarks report medians of a few runs. */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
