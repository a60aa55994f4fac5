import type { Benchmark } from '../benchmark';
import {
  markdownExportBenchmark,
  openWithAttachmentsBenchmark,
  saveWithPicturesBenchmark,
} from './attachments';
import type { CoreContext } from './context';
import { listBenchmark, saveBenchmark } from './journal';
import { planBenchmark } from './plan';
import { searchBenchmark } from './search';
import { syncBenchmark } from './sync';
import { startupBenchmark } from './startup';

/** The Node benchmarks, in table order. A new one is written in its own file and added here. */
export const CORE_BENCHMARKS: Benchmark<CoreContext>[] = [
  startupBenchmark,
  saveBenchmark,
  listBenchmark,
  searchBenchmark,
  planBenchmark,
  syncBenchmark,
  saveWithPicturesBenchmark,
  openWithAttachmentsBenchmark,
  markdownExportBenchmark,
];
