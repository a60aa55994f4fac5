import { describe, expect, it } from 'vitest';
import { fileRole } from '../../src-main/shared/file-role';
import { CHUNK_BYTES, chooseFiles, partsOf } from '../../src-renderer/features/import/upload';

/** A chosen file as the browser gives it: inside a folder it carries its path from that folder. */
function chosen(relativePath: string, size = 10): File {
  const name = relativePath.split('/').at(-1) as string;
  const file = new File([new Uint8Array(size)], name, { lastModified: 1_700_000_000_000 });
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  return file;
}

describe('choosing files in the window', () => {
  it('keeps notes and their pictures with paths inside the chosen folder, skips hidden ones', () => {
    const { files, leftOut } = chooseFiles([
      chosen('vault/2024-03-05 Retro.md'),
      chosen('vault/Career/Plan.markdown'),
      chosen('vault/attachments/board.png'),
      chosen('vault/.obsidian/app.json'),
      chosen('vault/.trash/old.md'),
    ]);
    expect(files.map((file) => [file.path, file.mtimeMs])).toEqual([
      ['2024-03-05 Retro.md', 1_700_000_000_000],
      ['Career/Plan.markdown', 1_700_000_000_000],
      ['attachments/board.png', 1_700_000_000_000],
    ]);
    expect(leftOut).toBe(0);
  });

  it('counts a file larger than Waymark keeps instead of sending it', () => {
    const video = chosen('vault/video.mp4');
    Object.defineProperty(video, 'size', { value: 101 * 1024 * 1024 });
    const dayOne = chosen('vault/Day One.zip');
    Object.defineProperty(dayOne, 'size', { value: 300 * 1024 * 1024 });
    const { files, leftOut } = chooseFiles([chosen('vault/a.md'), video, dayOne]);
    expect(files.map((file) => file.path)).toEqual(['a.md', 'Day One.zip']);
    expect(leftOut).toBe(1);
  });

  it('keeps a single chosen export under its own name', () => {
    const file = new File([new Uint8Array(3)], 'Day One.zip');
    expect(chooseFiles([file]).files.map((f) => f.path)).toEqual(['Day One.zip']);
  });

  it('knows the kinds of file the import reads', () => {
    expect(
      ['a.md', 'b.TXT', 'J.json', 'e.jex', 'x.zip', 'p.png', '.obsidian/a.md'].map(fileRole),
    ).toEqual(['markdown', 'markdown', 'dayone', 'joplin', 'zip', 'other', 'other']);
  });

  it('cuts a large export into parts that fit a request, the later ones appended', () => {
    const big = new File([new Uint8Array(2 * CHUNK_BYTES + 5)], 'export.zip');
    const small = new File([new Uint8Array(0)], 'empty.md');
    const parts = partsOf([
      { file: big, path: 'export.zip', mtimeMs: null },
      { file: small, path: 'empty.md', mtimeMs: 1 },
    ]);
    expect(parts.map((part) => [part.path, part.blob.size, part.append])).toEqual([
      ['export.zip', CHUNK_BYTES, false],
      ['export.zip', CHUNK_BYTES, true],
      ['export.zip', 5, true],
      ['empty.md', 0, false],
    ]);
  });
});
