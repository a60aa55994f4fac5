import { existsSync } from 'node:fs';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What an import started from the window awaits between batches. Normally one turn of the event
 * loop, so progress and cancel requests are answered while it runs.
 *
 * The e2e tests must act while an import is running (cancel it half-way) without racing the
 * machine: a host started with `WAYMARK_TEST_HOLD_IMPORT` naming a file also waits, after each
 * batch, for as long as that file exists. The test creates the file to hold the import and deletes
 * it to let the import go on. Nothing sets the variable outside the tests.
 */
export function betweenImportBatches(
  holdFile: string | undefined = process.env.WAYMARK_TEST_HOLD_IMPORT,
): () => Promise<void> {
  if (!holdFile) return nextTurn;
  return async () => {
    await nextTurn();
    while (existsSync(holdFile)) await pause(10);
  };
}
