/**
 * The code of the background worker thread, as plain CommonJS text run with `eval`: it needs no
 * build step of its own, so the same worker runs in Electron, in the web host and under vitest.
 * Everything it does reads the journal through its own read-only connection, so the journal's
 * connection on the main thread keeps saving while it works (WAL readers never block the writer).
 *
 * Tasks (one per worker; the answer is one `{ done }` or `{ failed }` message, with `{ progress }`
 * messages before it):
 * - `check`: `quick_check` of every ordinary table of the journal, one at a time (db/integrity.ts
 *   explains why the full-text index is left to the full check), or `integrity_check` (`full`).
 * - `backup`: `VACUUM INTO` a partial file, `integrity_check` of the copy, then, when `compress`
 *   is set and it pays, a gzip of the copy that is read back and compared byte for byte with the
 *   checked copy before it is kept. The main thread renames the result into place and rotates.
 *   Rows the backup leaves out (`leaveOut`, see db/copy.ts) are removed from the copy first.
 */
export const WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.sqlitePath);
const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)/;
const CHUNK = 1 << 20;

function open(file, readonly) {
  const db = new Database(file, {
    readonly,
    fileMustExist: true,
    nativeBinding: workerData.nativeBinding,
  });
  if (workerData.key) {
    db.pragma("key = '" + workerData.key.replace(/'/g, "''") + "'");
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  }
  db.pragma('busy_timeout = 5000');
  return db;
}

function check(db, level) {
  if (level === 'full') {
    const rows = db.prepare('PRAGMA integrity_check(20)').pluck().all();
    return rows.length === 1 && rows[0] === 'ok' ? [] : rows;
  }
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND (sql IS NULL OR sql NOT LIKE 'CREATE VIRTUAL TABLE%')")
    .pluck()
    .all();
  const problems = [];
  for (const table of tables) {
    const rows = db.prepare('PRAGMA quick_check("' + table.replace(/"/g, '""') + '")').pluck().all();
    for (const row of rows) if (row !== 'ok') problems.push(row);
    if (problems.length >= 20) break;
  }
  return problems;
}

function checked(file, level) {
  let db = null;
  try {
    db = open(file, true);
    return check(db, level);
  } catch (error) {
    if (DAMAGE.test(String(error && error.code))) return [error.message];
    throw error;
  } finally {
    if (db) db.close();
  }
}

function syncFile(file) {
  const fd = fs.openSync(file, 'r');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
}

function progress(stage, fraction) {
  parentPort.postMessage({ progress: { stage, fraction } });
}

/** Gzips in 1 MB steps (a journal of gigabytes never sits in memory whole). */
function gzipFile(source, target) {
  const { Gzip } = require(workerData.fflatePath);
  const size = fs.statSync(source).size;
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(target, 'w');
  const buffer = Buffer.alloc(CHUNK);
  let read = 0;
  try {
    const gzip = new Gzip({ level: 6 }, (chunk) => fs.writeSync(output, chunk));
    for (;;) {
      const n = fs.readSync(input, buffer, 0, CHUNK, read);
      read += n;
      gzip.push(buffer.subarray(0, n), n === 0);
      if (n === 0) break;
      progress('compressing', size === 0 ? 1 : read / size);
    }
    fs.fsyncSync(output);
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
}

/** Decompresses the gzip again and compares it with the checked copy, byte for byte. */
function sameAfterGunzip(gzFile, original) {
  const { Gunzip } = require(workerData.fflatePath);
  const size = fs.statSync(original).size;
  const fd = fs.openSync(original, 'r');
  const compare = Buffer.alloc(CHUNK);
  let offset = 0;
  let same = true;
  try {
    const gunzip = new Gunzip((chunk) => {
      if (!same) return;
      for (let at = 0; at < chunk.length; ) {
        const want = Math.min(CHUNK, chunk.length - at);
        const n = fs.readSync(fd, compare, 0, want, offset);
        if (n !== want || !compare.subarray(0, n).equals(chunk.subarray(at, at + n))) {
          same = false;
          return;
        }
        offset += n;
        at += n;
      }
    });
    const gz = fs.readFileSync(gzFile);
    for (let at = 0; at < gz.length; at += CHUNK) {
      gunzip.push(gz.subarray(at, at + CHUNK), at + CHUNK >= gz.length);
      progress('verifying', Math.min(1, (at + CHUNK) / gz.length));
    }
  } finally {
    fs.closeSync(fd);
  }
  return same && offset === size;
}

function backup(task) {
  const { file, partial, compress } = task;
  fs.rmSync(partial, { force: true });
  const source = open(file, true);
  try {
    source.prepare('VACUUM INTO ?').run(partial);
  } finally {
    source.close();
  }
  const copy = open(partial, false);
  try {
    const leftOut = task.leaveOut;
    if (copy.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(leftOut.table)) {
      copy.pragma('journal_mode = MEMORY');
      copy.pragma('secure_delete = ON');
      copy.exec(leftOut.sql);
    }
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  syncFile(partial);
  progress('checking', 0);
  const problems = checked(partial, 'full');
  if (problems.length > 0) {
    fs.rmSync(partial, { force: true });
    return { problems };
  }
  if (!compress) return { file: partial, compressed: false, problems: [] };
  const gz = partial + '.gz';
  gzipFile(partial, gz);
  const raw = fs.statSync(partial).size;
  // Compressing pays when it saves a fifth at least; an encrypted journal never compresses.
  if (fs.statSync(gz).size > raw * 0.8) {
    fs.rmSync(gz, { force: true });
    return { file: partial, compressed: false, problems: [] };
  }
  if (!sameAfterGunzip(gz, partial)) {
    fs.rmSync(gz, { force: true });
    fs.rmSync(partial, { force: true });
    return { problems: ['the compressed copy did not read back the same as the checked copy'] };
  }
  fs.rmSync(partial, { force: true });
  return { file: gz, compressed: true, problems: [] };
}

try {
  const task = workerData.task;
  const result =
    task.kind === 'check' ? { problems: checked(task.file, task.level) } : backup(task);
  parentPort.postMessage({ done: result });
} catch (error) {
  parentPort.postMessage({
    failed: { message: String(error && error.message), code: error && error.code },
  });
}
`;
