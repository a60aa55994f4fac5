import type { Benchmark } from '../benchmark';
import { bundleBenchmark } from './bundle';
import type { RendererContext } from './context';
import { journalOpenBenchmark } from './journal-open';
import { pdfBenchmark } from './pdf';
import { photoBenchmark } from './photo';
import { searchDialogBenchmark } from './search';
import { timelineBenchmark } from './timeline';
import { typingBenchmark } from './typing';
import { writeRoundTripBenchmark } from './writes';

/** The Chromium benchmarks, in table order. A new one is written in its own file and added here. */
export const RENDERER_BENCHMARKS: Benchmark<RendererContext>[] = [
  journalOpenBenchmark,
  typingBenchmark,
  photoBenchmark,
  searchDialogBenchmark,
  timelineBenchmark,
  writeRoundTripBenchmark,
  pdfBenchmark,
  bundleBenchmark,
];
