import { errored, type BenchRow } from './results';

/** One benchmark: it measures and returns its rows (several when it compares or reports more). */
export interface Benchmark<C> {
  /** Names the row when the benchmark breaks before it can report. */
  name: string;
  run(ctx: C): BenchRow[] | Promise<BenchRow[]>;
}

/** Runs each benchmark in turn; one that throws becomes an error row and the others still run. */
export async function runBenchmarks<C>(
  benchmarks: readonly Benchmark<C>[],
  ctx: C,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const benchmark of benchmarks) {
    log(`  ${benchmark.name}…`);
    const started = performance.now();
    try {
      rows.push(...(await benchmark.run(ctx)));
    } catch (error) {
      rows.push(errored(benchmark.name, benchmark.name, error));
    }
    log(`    ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return rows;
}
