/** The value below which `fraction` of the samples fall (nearest-rank), e.g. 0.95 for p95. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

export function summarise(samples: readonly number[]): Summary {
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs: samples.length };
}

export interface Repeat {
  warmup: number;
  runs: number;
}

/**
 * Times `task` `runs` times after `warmup` untimed calls. `prepare` (before) and `cleanup` (after)
 * run around each call, untimed.
 */
export function timeRepeated<T, R = void>(
  repeat: Repeat,
  steps: {
    task: (state: T) => R;
    prepare?: (index: number) => T;
    cleanup?: (result: R) => void;
  },
): number[] {
  const samples: number[] = [];
  for (let i = 0; i < repeat.warmup + repeat.runs; i++) {
    const state = steps.prepare ? steps.prepare(i) : (undefined as T);
    const started = performance.now();
    const result = steps.task(state);
    const elapsed = performance.now() - started;
    steps.cleanup?.(result);
    if (i >= repeat.warmup) samples.push(elapsed);
  }
  return samples;
}
