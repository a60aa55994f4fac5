/**
 * `npm run import -- [--data-dir DIR] [--dry-run] PATH`: imports a folder of Markdown notes, a Day
 * One export (.zip or Journal.json) or a Joplin export (.jex) into the journal, printing what it
 * found, its progress, and a summary. Exit status: 0 when everything was imported or skipped as
 * already there, 1 when something failed, 2 when the command could not run at all.
 */
import { join, resolve } from 'node:path';
import { JOURNAL_FILE, platformDataDir, resolveDataDir } from '../core/data-dir';
import { openDatabase } from '../db/open';
import { sourceFilesAt } from './fs-source';
import { readSource } from './read-source';
import { previewImport, runImport } from './service';

const USAGE = `Usage: npm run import -- [--data-dir DIR] [--dry-run] PATH

PATH is a folder of Markdown notes (read with all its subfolders), a Day One export
(.zip or Journal.json), or a Joplin export (.jex). --dry-run shows what would be imported
and writes nothing.`;

const KIND_NAMES = { markdown: 'Markdown', dayone: 'Day One', joplin: 'Joplin' } as const;

function sourcePathFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') i++;
    else if (!arg.startsWith('--')) return arg;
  }
  return undefined;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const source = sourcePathFrom(argv);
  if (!source) {
    console.error(USAGE);
    return 2;
  }
  const dryRun = argv.includes('--dry-run');
  const dataDir = resolveDataDir({ argv, env: process.env, fallback: platformDataDir() });
  const started = performance.now();

  let files;
  try {
    files = sourceFilesAt(resolve(source));
  } catch {
    console.error(`Waymark cannot open ${source}: no such file or folder, or it cannot be read.`);
    return 2;
  }
  console.log(`Reading ${resolve(source)} (${plural(files.length, 'file')})…`);
  let lastRead = performance.now();
  const parsed = await readSource(files, {
    now: new Date(),
    onProgress: (read, total) => {
      if (performance.now() - lastRead < 1000) return;
      lastRead = performance.now();
      console.log(`  read ${read.toLocaleString('en')} of ${total.toLocaleString('en')} files`);
    },
  });

  const db = openDatabase(join(dataDir, JOURNAL_FILE));
  try {
    const preview = previewImport(db, parsed);
    const range = preview.dateRange
      ? ` from ${preview.dateRange.from} to ${preview.dateRange.to}`
      : '';
    const kinds = preview.kinds.map((kind) => KIND_NAMES[kind]).join(', ');
    console.log(
      `Found ${plural(preview.entries, 'new entry', 'new entries')}${range}` +
        `${kinds ? ` (${kinds})` : ''}, ${plural(preview.tags.length, 'tag')}.`,
    );
    if (preview.skipped > 0) {
      console.log(`${plural(preview.skipped, 'note')} already in the journal will be skipped.`);
    }
    if (preview.pictures + preview.files > 0) {
      console.log(
        `The notes bring ${plural(preview.pictures, 'picture')} and ${plural(preview.files, 'file')} with them.`,
      );
    }
    if (preview.leftOut > 0) {
      console.log(
        preview.leftOut === 1
          ? '1 file is neither a note nor referred to by one (a setting or stray file) and is left out.'
          : `${plural(preview.leftOut, 'file')} are neither notes nor referred to by one (settings, stray files) and are left out.`,
      );
    }
    if (preview.problems.length > 0) {
      console.log(`${preview.problems.length.toLocaleString('en')} cannot be imported:`);
      for (const problem of preview.problems) console.log(`  ${problem.path}: ${problem.reason}`);
    }
    if (dryRun) {
      console.log('Dry run: nothing was written.');
      return preview.problems.length > 0 ? 1 : 0;
    }

    console.log(`Importing into ${join(dataDir, JOURNAL_FILE)}…`);
    let cancelled = false;
    const onInterrupt = () => {
      if (cancelled) process.exit(130);
      cancelled = true;
      console.log('Stopping after the current batch (press Ctrl+C again to quit at once)…');
    };
    process.on('SIGINT', onInterrupt);
    let lastReport = 0;
    const result = await runImport(db, parsed.items, {
      isCancelled: () => cancelled,
      onProgress: (progress) => {
        const now = performance.now();
        if (now - lastReport < 1000 && progress.processed < progress.total) return;
        lastReport = now;
        const percent = Math.floor((progress.processed / Math.max(1, progress.total)) * 100);
        console.log(
          `  ${progress.processed.toLocaleString('en')} of ${progress.total.toLocaleString('en')} (${percent}%)`,
        );
      },
    });
    process.off('SIGINT', onInterrupt);

    const failed = preview.problems.length + (result.failure ? 1 : 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.failure) {
      console.log(
        `Import stopped at ${result.failure.path}: ${result.failure.message} ` +
          'That batch was undone; entries imported before it are kept. Fix or remove the file and run the import again: what is already in will be skipped.',
      );
    }
    if (result.state === 'cancelled') {
      console.log(
        'Import cancelled. Run it again to add the rest: what is already in will be skipped.',
      );
    }
    console.log(
      `Imported ${result.imported.toLocaleString('en')}, skipped ${result.skipped.toLocaleString('en')}, failed ${failed.toLocaleString('en')} in ${seconds} s` +
        ` (with ${plural(result.pictures, 'picture')} and ${plural(result.files, 'file')}).`,
    );
    return failed > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `The import could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  },
);
