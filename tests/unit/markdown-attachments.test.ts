import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { AttachmentNames } from '../../src-main/archive/attachment-names';
import { docToMarkdown } from '../../src-main/archive/markdown';
import { exportMarkdown } from '../../src-main/archive/markdown-export';
import { addAttachment } from '../../src-main/attachments/service';
import { createEntry } from '../../src-main/journal/service';
import { docWith, fileCard, pdfBytes, picture, pngBytes } from './attachment-fixtures';
import { tempJournal } from './helpers';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const A = 'a'.repeat(64);

describe('attachment names in a Markdown export', () => {
  it('are safe, keep the extension, and are unique; the same bytes keep one name', () => {
    const names = new AttachmentNames();
    const png = 'image/png';
    expect(names.nameFor({ sha256: '1', name: 'Talk photo (Lisbon).PNG', mime: png })).toBe(
      'Talk-photo-Lisbon.png',
    );
    expect(names.nameFor({ sha256: '2', name: 'talk photo lisbon.png', mime: png })).toBe(
      'talk-photo-lisbon-2.png',
    );
    expect(names.nameFor({ sha256: '1', name: 'anything.png', mime: png })).toBe(
      'Talk-photo-Lisbon.png',
    );
    expect(names.nameFor({ sha256: '3', name: 'image', mime: png })).toBe('image.png');
    expect(names.nameFor({ sha256: '4', name: '../../etc/passwd', mime: 'text/plain' })).toBe(
      'passwd',
    );
    expect(names.nameFor({ sha256: '5', name: 'CON.txt', mime: 'text/plain' })).toBe(
      'CON-file.txt',
    );
    expect(names.nameFor({ sha256: '6', name: 'Café résumé.pdf', mime: 'application/pdf' })).toBe(
      'Cafe-resume.pdf',
    );
    expect(names.nameFor({ sha256: '7', name: '...', mime: 'application/zip' })).toBe('file');
  });

  it('writes a picture as an image link and a file as a link; without a link only the words stay', () => {
    const source = docWith(
      'Day one',
      picture(A, 'Speaker [on] stage', 'Keynote'),
      fileCard(A, 'offer.pdf'),
    );
    expect(docToMarkdown(source, () => 'attachments/talk.png')).toBe(
      'Day one\n\n![Speaker \\[on\\] stage](attachments/talk.png)\\\n*Keynote*\n\n[offer.pdf](attachments/talk.png)\n',
    );
    expect(docToMarkdown(source)).toBe(
      'Day one\n\nSpeaker \\[on\\] stage\\\n*Keynote*\n\noffer.pdf\n',
    );
    const html = new MarkdownIt('commonmark').render(
      docToMarkdown(source, () => 'attachments/talk.png'),
    );
    expect(html).toContain('<img src="attachments/talk.png" alt="Speaker [on] stage" />');
    expect(html).toContain('<a href="attachments/talk.png">offer.pdf</a>');
  });
});

describe('export as Markdown with pictures and files', () => {
  it('writes each distinct picture and file once into journal/attachments, byte for byte', async () => {
    const ctx = tempJournal({ now: () => new Date('2025-05-01T08:00:00Z') });
    const photo = pngBytes('photo');
    const other = pngBytes('another photo');
    const offer = pdfBytes();
    const a = await addAttachment(ctx.db, { name: 'talk photo.png', bytes: photo });
    const b = await addAttachment(ctx.db, { name: 'talk photo.png', bytes: other });
    const c = await addAttachment(ctx.db, { name: 'offer letter.pdf', bytes: offer });
    createEntry(ctx.db, {
      id: 'e1',
      entryDate: '2025-03-05',
      body: docWith(
        'Conference',
        picture(a.sha256, 'Speaker on stage'),
        picture(b.sha256, 'The crowd'),
        fileCard(c.sha256, 'offer letter.pdf'),
      ),
    });
    createEntry(ctx.db, {
      id: 'e2',
      entryDate: '2025-03-06',
      // The same picture again, and one whose bytes the journal does not hold.
      body: docWith('Again', picture(a.sha256, 'Speaker again'), picture(A, 'Missing')),
    });
    const result = exportMarkdown(ctx.db, ctx.dataDir, ctx.now());
    expect(result).toMatchObject({ files: 3, attachments: 3 });
    const dir = join(result.folder, 'journal', 'attachments');
    const written = readdirSync(dir).sort();
    expect(written).toEqual(['offer-letter.pdf', 'talk-photo-2.png', 'talk-photo.png']);
    const hashes = Object.fromEntries(
      written.map((name) => [name, sha(readFileSync(join(dir, name)))]),
    );
    expect(hashes).toEqual({
      'talk-photo.png': sha(photo),
      'talk-photo-2.png': sha(other),
      'offer-letter.pdf': sha(offer),
    });
    const first = readFileSync(join(result.folder, 'journal', '2025-03-05-conference.md'), 'utf8');
    expect(first).toContain('![Speaker on stage](attachments/talk-photo.png)');
    expect(first).toContain('![The crowd](attachments/talk-photo-2.png)');
    expect(first).toContain('[offer letter.pdf](attachments/offer-letter.pdf)');
    const second = readFileSync(join(result.folder, 'journal', '2025-03-06-again.md'), 'utf8');
    expect(second).toContain('![Speaker again](attachments/talk-photo.png)');
    expect(second).toContain('Missing');
    expect(second).not.toContain('](attachments/file');
  });

  it('writes no attachments folder when no entry holds a picture or file', () => {
    const ctx = tempJournal({ now: () => new Date('2025-05-01T08:00:00Z') });
    createEntry(ctx.db, { id: 'e', entryDate: '2025-03-05', body: docWith('Words only') });
    const result = exportMarkdown(ctx.db, ctx.dataDir, ctx.now());
    expect(result.attachments).toBe(0);
    expect(readdirSync(join(result.folder, 'journal'))).toEqual(['2025-03-05-words-only.md']);
  });
});
