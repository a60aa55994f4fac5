import { zipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../src-main/import/types';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

const encoder = new TextEncoder();

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, type: string): Uint8Array {
  const block = new Uint8Array(512);
  const put = (text: string, offset: number) => block.set(encoder.encode(text), offset);
  put(name.slice(0, 100), 0);
  put(octal(0o644, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(size, 12), 124);
  put(octal(1_700_000_000, 12), 136);
  put('        ', 148);
  put(type, 156);
  put('ustar\u000000', 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rest = data.length % 512;
  return rest === 0 ? [data] : [data, new Uint8Array(512 - rest)];
}

/** A tar archive as Joplin writes one; names over 100 characters get a pax header. */
export function makeTar(files: { path: string; data: Uint8Array | string }[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const file of files) {
    const data = typeof file.data === 'string' ? encoder.encode(file.data) : file.data;
    if (file.path.length > 100) {
      const record = ` path=${file.path}\n`;
      let length = record.length;
      length += String(length + String(length).length).length;
      const pax = encoder.encode(`${length}${record}`);
      blocks.push(header('PaxHeader', pax.length, 'x'), ...padded(pax));
    }
    blocks.push(header(file.path, data.length, '0'), ...padded(data));
  }
  blocks.push(new Uint8Array(1024));
  const total = blocks.reduce((sum, block) => sum + block.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const block of blocks) {
    out.set(block, offset);
    offset += block.length;
  }
  return out;
}

/** The committed Joplin items (tests/fixtures/import/joplin) packed as a JEX, with one resource. */
export function joplinJex(): Uint8Array {
  const folder = join(FIXTURES, 'joplin');
  const items = readdirSync(folder)
    .sort()
    .map((name) => ({ path: name, data: readFileSync(join(folder, name)) as Uint8Array }));
  return makeTar([
    ...items,
    { path: 'resources/9f8e7d6c5b4a39281706f5e4d3c2b1a0.png', data: new Uint8Array([0x89, 0x50]) },
  ]);
}

export function dayOneJson(): string {
  return readFileSync(join(FIXTURES, 'dayone', 'Journal.json'), 'utf8');
}

/** Day One's export zip: the journal's JSON and a photo that must never be unpacked. */
export function dayOneZip(): Uint8Array {
  return zipSync({
    'Journal.json': encoder.encode(dayOneJson()),
    'photos/4f1e2d3c4b5a69788796a5b4c3d2e1f0.jpeg': new Uint8Array(2048).fill(7),
  });
}

/** Source files held in memory, as the browser edition's uploads are. */
export function memoryFiles(
  files: Record<string, string | Uint8Array>,
  mtimeMs: number | null = null,
): SourceFile[] {
  return Object.entries(files).map(([path, content]) => ({
    path,
    mtimeMs,
    read: () => (typeof content === 'string' ? encoder.encode(content) : content),
  }));
}
