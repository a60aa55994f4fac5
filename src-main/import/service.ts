import { randomUUID } from 'node:crypto';
import type { ImportPreviewCounts, ImportProgress } from '../contract/import';
import { storageErrorFrom } from '../core/storage-errors';
import type { Db } from '../db/open';
import { importRepository } from './repository';
import type { ImportItem, ParsedSource } from './types';
import { storeImportedFiles, writeImportedEntry } from './write-entry';

/** The distinct pictures and the distinct other files among the items' files. */
function countFiles(
  items: Iterable<ImportItem>,
  pictures = new Set<string>(),
  files = new Set<string>(),
): { pictures: number; files: number } {
  for (const item of items) {
    for (const file of item.files ?? []) {
      (file.kind === 'picture' ? pictures : files).add(file.sha256);
    }
  }
  return { pictures: pictures.size, files: files.size };
}

/** Entries per transaction: large enough to be fast, small enough to report progress often. */
export const DEFAULT_BATCH_SIZE = 250;

/**
 * What an import of `parsed` would add, writing nothing: how many entries are new and how many
 * are already in the journal (or repeated in the source), their tags and their dates.
 */
export function previewImport(db: Db, parsed: ParsedSource): ImportPreviewCounts {
  const imports = importRepository(db);
  const seenKeys = new Set<string>();
  const seenContent = new Set<string>();
  const tags = new Map<string, string>();
  let entries = 0;
  let skipped = 0;
  let from: string | null = null;
  let to: string | null = null;
  const kinds = new Set<ImportItem['kind']>();
  const adding: ImportItem[] = [];
  for (const item of parsed.items) {
    const repeated =
      seenKeys.has(item.sourceKey) ||
      (item.contentKey !== null && seenContent.has(item.contentKey)) ||
      imports.known(item.sourceKey, item.contentKey);
    seenKeys.add(item.sourceKey);
    if (item.contentKey !== null) seenContent.add(item.contentKey);
    if (repeated) {
      skipped++;
      continue;
    }
    entries++;
    adding.push(item);
    kinds.add(item.kind);
    for (const tag of item.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    if (from === null || item.entryDate < from) from = item.entryDate;
    if (to === null || item.entryDate > to) to = item.entryDate;
  }
  return {
    entries,
    skipped,
    tags: [...tags.values()].sort((a, b) => a.localeCompare(b)),
    dateRange: from !== null && to !== null ? { from, to } : null,
    kinds: [...kinds].sort(),
    ...countFiles(adding),
    problems: parsed.problems,
    leftOut: parsed.leftOut,
  };
}

/** The counts a run reports as it writes (the session adds its state and failures). */
export type RunProgress = Pick<
  ImportProgress,
  'total' | 'processed' | 'imported' | 'skipped' | 'pictures' | 'files' | 'current'
>;

export interface RunResult extends RunProgress {
  state: 'done' | 'cancelled' | 'failed';
  runId: string;
  /** The item whose batch failed, and why; that batch was undone and the import stopped. */
  failure: { path: string; message: string } | null;
}

export interface RunOptions {
  now?: () => Date;
  batchSize?: number;
  onProgress?: (progress: RunProgress) => void;
  /** Checked before each batch: true stops the import, keeping the batches already written. */
  isCancelled?: () => boolean;
  /**
   * Awaited between batches (by default one turn of the event loop, so a host can answer progress
   * and cancel requests). A test passes one it can hold, to act while the import runs.
   */
  betweenBatches?: () => Promise<void>;
  runId?: string;
}

function describeFailure(error: unknown): string {
  const storage = storageErrorFrom(error);
  if (storage) return storage.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Waymark could not store it (${detail}).`;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports the items in batches, each batch one transaction. Items already imported (same source
 * identity or, for Markdown, same date and text) are skipped, so running it again adds nothing
 * twice. A failure undoes its batch only, stops the import and names the item that caused it.
 * Between batches it yields, so a host can answer progress and cancel requests.
 */
export async function runImport(
  db: Db,
  items: readonly ImportItem[],
  options: RunOptions = {},
): Promise<RunResult> {
  const now = options.now ?? (() => new Date());
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const runId = options.runId ?? randomUUID();
  const imports = importRepository(db);
  const result: RunResult = {
    state: 'done',
    runId,
    total: items.length,
    processed: 0,
    imported: 0,
    skipped: 0,
    pictures: 0,
    files: 0,
    current: null,
    failure: null,
  };
  // The files stored so far, for the counts: only batches that were written count.
  const pictures = new Set<string>();
  const files = new Set<string>();
  for (let start = 0; start < items.length; start += batchSize) {
    if (options.isCancelled?.()) {
      result.state = 'cancelled';
      break;
    }
    const batch = items.slice(start, start + batchSize);
    let current: ImportItem | null = null;
    try {
      const counts = db
        .transaction(() => {
          let imported = 0;
          let skipped = 0;
          const stamp = now();
          const added: ImportItem[] = [];
          for (const item of batch) {
            current = item;
            if (imports.known(item.sourceKey, item.contentKey)) {
              skipped++;
              continue;
            }
            if (item.files) storeImportedFiles(db, item.files, stamp);
            writeImportedEntry(db, item, runId, stamp);
            added.push(item);
            imported++;
          }
          return { imported, skipped, added };
        })
        .immediate();
      result.imported += counts.imported;
      result.skipped += counts.skipped;
      Object.assign(result, countFiles(counts.added, pictures, files));
      result.processed += batch.length;
      result.current = batch[batch.length - 1]?.origin ?? null;
    } catch (error) {
      result.state = 'failed';
      result.failure = {
        path: (current as ImportItem | null)?.origin ?? '',
        message: describeFailure(error),
      };
      break;
    }
    options.onProgress?.({ ...result });
    await (options.betweenBatches ?? nextTurn)();
  }
  return result;
}
