import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Reads a write-ahead log the way SQLite recovers it, to find damage SQLite would pass over in
 * silence. When SQLite opens a journal after a crash, it replays the WAL's frames up to the first
 * one whose checksum fails and ignores the rest; a WAL whose header is garbage counts as empty. So
 * saves Waymark had confirmed can vanish without an error. This check runs before SQLite touches
 * the file, costs nothing while saving, and reads the WAL once, only when one was left behind.
 *
 * The format (sqlite.org/fileformat2.html#walformat): a 32-byte header (magic, version, page size,
 * checkpoint sequence, two salts, a checksum of the first 24 bytes), then frames of a 24-byte header
 * (page number, database size after a commit or 0, the two salts, a cumulative checksum) and one
 * page. An encrypted journal's WAL has the same plain headers; its checksums cover the encrypted
 * pages, so no passphrase is needed here.
 *
 * What a crash can leave after the frames of the last transaction: a torn frame (its header
 * written and its page not, or either write cut at a 4 KB boundary of the file), frames of a
 * transaction that never committed, and frames of an older generation of the file (after a
 * checkpoint SQLite rewrites the WAL from the start, with salt-1 one higher). None of that held a
 * confirmed save. Damage is anything else: a header that is not a WAL header, a frame of the
 * current generation that fails its checksum while a later committed transaction follows it, or bytes
 * where a frame should start that belong to no generation of this file.
 *
 * What this cannot tell from a crash is damage inside the very last transaction alone: a kill in the
 * instant between SQLite writing a large transaction's commit frame and re-checksumming its earlier
 * frames (when it rewrote one of its own pages, as re-keying an encrypted journal does) leaves a
 * broken frame followed by that one commit, and that transaction was never confirmed.
 */
export type WalCheck = { ok: true } | { ok: false; problem: string };

const MAGIC = 0x377f0682;
const VERSION = 3007000;
const HEADER = 32;
const FRAME_HEADER = 24;
/** A WAL shorter than its header and one smallest frame cannot have held a committed save. */
const SMALLEST_USEFUL = HEADER + FRAME_HEADER + 512;

type Sums = [number, number];

/** SQLite's WAL checksum: 32-bit words in pairs, each sum folding in the other. */
function checksum(data: Buffer, start: number, end: number, sums: Sums, bigEndian: boolean): Sums {
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  const littleEndian = !bigEndian;
  let [s0, s1] = sums;
  for (let i = start; i < end; i += 8) {
    s0 = (s0 + view.getUint32(i, littleEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, littleEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

function validPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0;
}

interface Header {
  bigEndian: boolean;
  pageSize: number;
  salt1: number;
  salt2: number;
  sums: Sums;
}

function readHeader(head: Buffer): Header | null {
  const magic = head.readUInt32BE(0);
  const pageSize = head.readUInt32BE(8);
  if ((magic & ~1) >>> 0 !== MAGIC || head.readUInt32BE(4) !== VERSION) return null;
  if (!validPageSize(pageSize)) return null;
  const bigEndian = (magic & 1) === 1;
  const sums = checksum(head, 0, 24, [0, 0], bigEndian);
  if (sums[0] !== head.readUInt32BE(24) || sums[1] !== head.readUInt32BE(28)) return null;
  return {
    bigEndian,
    pageSize,
    salt1: head.readUInt32BE(16),
    salt2: head.readUInt32BE(20),
    sums,
  };
}

/**
 * Restarts one WAL file can see: it is rewritten from the start after about a thousand pages of
 * saves, and removed when Waymark closes. A million restarts is a billion pages in one session.
 */
const MAX_RESTARTS = 2 ** 20;
/** More pages than a journal will ever have (64 GB of 4 KB pages). */
const MAX_PAGES = 2 ** 24;

/**
 * A frame written before the WAL was last restarted: salt-1 was one lower per restart. (The
 * header's checkpoint sequence is no bound: a connection that did not recover the WAL itself counts
 * restarts from zero.) Random bytes pass this by chance about once in 2^28.
 */
function olderGeneration(header: Header, frame: Buffer): boolean {
  const behind = (header.salt1 - frame.readUInt32BE(8)) >>> 0;
  const page = frame.readUInt32BE(0);
  return (
    behind >= 1 &&
    behind <= MAX_RESTARTS &&
    page >= 1 &&
    page <= MAX_PAGES &&
    frame.readUInt32BE(4) <= MAX_PAGES
  );
}

/** Size and modification time, to tell whether the file was written while it was read. */
function stamp(file: string): string | null {
  try {
    const stats = statSync(file, { bigint: true });
    return `${stats.size}:${stats.mtimeNs}`;
  } catch {
    return null;
  }
}

/**
 * Checks the WAL at `walFile`. A missing or near-empty file is fine: it holds nothing. A WAL that
 * changes while it is read belongs to another process saving into the journal right now (the
 * import command, a second window): what looks broken may be a frame it is writing, so the check
 * is repeated, and a WAL still changing is left to the SQLite that is writing it.
 */
export function checkWal(walFile: string): WalCheck {
  for (let attempt = 1; ; attempt++) {
    const before = stamp(walFile);
    const result = checkOnce(walFile);
    if (result.ok || stamp(walFile) === before) return result;
    if (attempt === 3) return { ok: true };
  }
}

function checkOnce(walFile: string): WalCheck {
  let fd: number;
  try {
    fd = openSync(walFile, 'r');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { ok: true };
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < SMALLEST_USEFUL) return { ok: true };
    const head = Buffer.alloc(HEADER);
    readSync(fd, head, 0, HEADER, 0);
    const header = readHeader(head);
    if (header) return checkFrames(fd, size, header);
    return { ok: false, problem: 'The write-ahead log is damaged from its very first bytes.' };
  } finally {
    closeSync(fd);
  }
}

function checkFrames(fd: number, size: number, header: Header): WalCheck {
  const frameSize = FRAME_HEADER + header.pageSize;
  const frame = Buffer.alloc(frameSize);
  let sums = header.sums;
  let brokenAt = 0;
  let commitsAfterBreak = 0;
  for (let n = 1, offset = HEADER; offset + frameSize <= size; n++, offset += frameSize) {
    readSync(fd, frame, 0, frameSize, offset);
    const salt1 = frame.readUInt32BE(8);
    if (salt1 === header.salt1 && frame.readUInt32BE(12) === header.salt2) {
      const commits = frame.readUInt32BE(4) !== 0;
      if (brokenAt > 0) {
        // The first commit after a broken frame ends the transaction the break is in. A kill while
        // SQLite re-checksums a transaction's frames, after writing its commit frame, leaves exactly
        // that, and that transaction was never confirmed. A second commit is a later save, which
        // was confirmed and which SQLite would drop at the break.
        if (!commits || ++commitsAfterBreak < 2) continue;
        return {
          ok: false,
          problem: `Page ${brokenAt} of the write-ahead log is damaged, and the saves after it cannot be read.`,
        };
      }
      const next = checksum(frame, 0, 8, sums, header.bigEndian);
      const whole = checksum(frame, FRAME_HEADER, frameSize, next, header.bigEndian);
      const valid =
        frame.readUInt32BE(0) !== 0 &&
        whole[0] === frame.readUInt32BE(16) &&
        whole[1] === frame.readUInt32BE(20);
      if (valid) sums = whole;
      // A torn frame at the end of a crash is normal; what follows it decides.
      else brokenAt = n;
      continue;
    }
    if (salt1 === header.salt1) {
      // Salt-1 written but not salt-2: a kill can cut one write at a 4 KB boundary of the file.
      brokenAt ||= n;
      continue;
    }
    // Frames of an older generation follow the current one; everything after them is older still.
    if (olderGeneration(header, frame)) break;
    return {
      ok: false,
      problem: `Page ${n} of the write-ahead log is damaged: it belongs to no save.`,
    };
  }
  return { ok: true };
}
