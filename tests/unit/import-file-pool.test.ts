import { describe, expect, it } from 'vitest';
import { FilePool, joinPath, localTarget } from '../../src-main/import/file-pool';
import { widthFromSize, wikiParts } from '../../src-main/import/file-refs';
import { checkFile } from '../../src-main/import/place-files';
import { pngBytes } from './attachment-fixtures';

function pool(paths: string[]): FilePool {
  const files = new FilePool('');
  for (const path of paths) files.add(path, () => new Uint8Array([1]));
  return files;
}

describe('finding the file a note refers to', () => {
  const vault = pool([
    'attachments/board.png',
    'Career/Deep/board.png',
    'Career/Deep/Deeper/board.png',
    'assets/diagrams/flow.png',
    'docs/contract final.pdf',
    'Top.PNG',
  ]);

  it('resolves Obsidian names beside the note first, else by the shortest path', () => {
    expect(vault.obsidian('Career/Deep/Plan.md', 'board.png')?.path).toBe('Career/Deep/board.png');
    expect(vault.obsidian('Daily/2024-01-01.md', 'board.png')?.path).toBe('attachments/board.png');
    expect(vault.obsidian('Daily/2024-01-01.md', 'Deeper/board.png')?.path).toBe(
      'Career/Deep/Deeper/board.png',
    );
    expect(vault.obsidian('a.md', 'flow.png')?.path).toBe('assets/diagrams/flow.png');
    expect(vault.obsidian('a.md', 'top.png')?.path).toBe('Top.PNG');
    expect(vault.obsidian('a.md', 'nowhere.png')).toBeNull();
  });

  it('resolves Markdown paths relative to the note, decoded, and never outside the source', () => {
    expect(vault.markdown('Career/Plan.md', '../docs/contract%20final.pdf')?.path).toBe(
      'docs/contract final.pdf',
    );
    expect(vault.markdown('Career/Plan.md', '<../docs/contract final.pdf>')?.path).toBe(
      'docs/contract final.pdf',
    );
    expect(vault.markdown('Career/Plan.md', '/attachments/board.png')?.path).toBe(
      'attachments/board.png',
    );
    expect(vault.markdown('Plan.md', 'https://example.com/board.png')).toBeNull();
    expect(vault.markdown('Plan.md', 'file:///etc/passwd')).toBeNull();
    expect(joinPath('', '../../etc/passwd')).toBeNull();
    expect(localTarget('data:image/png;base64,AAAA')).toBeNull();
  });

  it('reads Obsidian sizes and descriptions', () => {
    expect(wikiParts('board.png|300')).toEqual({ target: 'board.png', alt: '', width: 'small' });
    expect(wikiParts('board.png|The board|640x480')).toEqual({
      target: 'board.png',
      alt: 'The board',
      width: 'full',
    });
    expect(widthFromSize('450')).toBe('medium');
    expect(widthFromSize('wide')).toBeNull();
  });
});

describe('checking a file before it comes in', () => {
  const file = (name: string, bytes: Uint8Array, size: number | null = null) => ({
    key: name,
    path: name,
    name,
    size,
    read: () => bytes,
  });

  it('decides by content: a script named .png is refused, a PNG is a picture', async () => {
    expect(await checkFile(file('evil.png', new TextEncoder().encode('alert(1)')))).toEqual({
      ok: false,
      reason: expect.stringMatching(/its name says it is a PNG picture, but its content is not/),
    });
    const picture = await checkFile(file('fine.png', pngBytes()));
    expect(picture).toMatchObject({ ok: true, file: { kind: 'picture', mime: 'image/png' } });
  });

  it('refuses an empty file, and a file left packed because it is too large', async () => {
    expect(await checkFile(file('empty.pdf', new Uint8Array()))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/is empty/),
    });
    expect(await checkFile(file('film.mp4', new Uint8Array(), 200 * 1024 * 1024))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/200 MB; Waymark keeps .* up to 100 MB/),
    });
  });
});
