/**
 * A small reader for tar archives (POSIX ustar, with the pax and GNU long-name extensions), enough
 * for Joplin's JEX exports. Only regular files are returned; links and folders are skipped.
 */
export interface TarEntry {
  path: string;
  data: Uint8Array;
}

export class TarError extends Error {}

const BLOCK = 512;
const ascii = new TextDecoder('utf-8');

function field(header: Uint8Array, offset: number, length: number): string {
  const bytes = header.subarray(offset, offset + length);
  const end = bytes.indexOf(0);
  return ascii.decode(end >= 0 ? bytes.subarray(0, end) : bytes);
}

function octal(header: Uint8Array, offset: number, length: number): number {
  // GNU base-256 for sizes of 8 GB or more: the first byte's high bit is set.
  if ((header[offset] ?? 0) & 0x80) {
    let value = 0;
    for (let i = offset + 1; i < offset + length; i++) value = value * 256 + (header[i] ?? 0);
    return value;
  }
  const text = field(header, offset, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError('This archive has a damaged file header.');
  return parseInt(text, 8);
}

function checksumOk(header: Uint8Array): boolean {
  const text = field(header, 148, 8).trim();
  if (!/^[0-7]+$/.test(text)) return false;
  const stored = parseInt(text, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum === stored;
}

/** The `path` record of a pax extended header (`<length> path=<value>\n` records). */
function paxPath(data: Uint8Array): string | null {
  const text = ascii.decode(data);
  let position = 0;
  while (position < text.length) {
    const space = text.indexOf(' ', position);
    if (space < 0) break;
    const length = Number(text.slice(position, space));
    if (!Number.isInteger(length) || length <= 0) break;
    // Lengths count bytes; the records we read are ASCII keys, so slicing the string is close enough.
    const record = text.slice(space + 1, position + length - 1);
    if (record.startsWith('path=')) return record.slice(5);
    position += length;
  }
  return null;
}

export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | null = null;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    if (!checksumOk(header)) {
      throw new TarError(
        entries.length === 0
          ? 'This is not a tar archive (a Joplin JEX export is one).'
          : 'This archive is damaged part-way through.',
      );
    }
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + BLOCK;
    const end = start + size;
    if (end > archive.length) throw new TarError('This archive is cut short: it ends mid-file.');
    const data = archive.subarray(start, end);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = field(data, 0, data.length);
      continue;
    }
    if (type === 'g') continue;
    const ustar = field(header, 257, 6).startsWith('ustar');
    const prefix = ustar ? field(header, 345, 155) : '';
    const name = field(header, 0, 100);
    const path = longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = null;
    if (type === '0' || type === '\0' || type === '7') entries.push({ path, data });
  }
  return entries;
}
