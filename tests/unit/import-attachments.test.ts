import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../src-main/contract';
import { readAttachment } from '../../src-main/attachments/service';
import { sourceFilesAt } from '../../src-main/import/fs-source';
import { readSource } from '../../src-main/import/read-source';
import { previewImport, runImport } from '../../src-main/import/service';
import type { ParsedSource } from '../../src-main/import/types';
import { plainTextOf } from '../../src-main/shared/rich-text';
import { pdfBytes, pngBytes } from './attachment-fixtures';
import { tempDir, tempJournal } from './helpers';
import { makeTar, memoryFiles } from './import-fixtures';

const now = new Date('2025-06-01T12:00:00Z');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function writeTree(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

/** Every picture and file card in a document, in order. */
function attachmentNodes(doc: RichTextNode): RichTextNode[] {
  const found: RichTextNode[] = [];
  const visit = (node: RichTextNode) => {
    if (node.type === 'image' || node.type === 'attachment') found.push(node);
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
}

async function importAll(parsed: ParsedSource, batchSize?: number) {
  const ctx = tempJournal({ now: () => now });
  const result = await runImport(ctx.db, parsed.items, { now: () => now, batchSize });
  const bodies = (
    ctx.db.prepare('SELECT body_json FROM entries ORDER BY entry_date').all() as {
      body_json: string;
    }[]
  ).map((row) => JSON.parse(row.body_json) as RichTextNode);
  const stored = (sha256: string) => readAttachment(ctx.db, sha256);
  const count = () =>
    (ctx.db.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;
  return { ctx, result, bodies, stored, count };
}

describe('importing an Obsidian vault with pictures and files', () => {
  const board = pngBytes('board');
  const decoy = pngBytes('a board elsewhere', [200, 40, 40]);
  const offer = pdfBytes('offer');
  const logo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>');
  const vault = () =>
    writeTree(tempDir(), {
      'Career/2024-05-02 Offer.md': [
        '# The offer',
        '',
        'The board after the talk ![[board.png|A whiteboard of goals|300]] and the rest.',
        '',
        '![[offer.pdf]]',
        '',
        '![[logo.svg]]',
        '',
        'Lost: ![[holiday.png]]',
        '',
        'Misnamed: ![[scan.pdf]]',
      ].join('\n'),
      'assets/pics/board.png': board,
      'old/deeper/still/board.png': decoy,
      'Career/offer.pdf': offer,
      'logo.svg': logo,
      'scan.pdf': pngBytes('a PNG renamed .pdf'),
      'unused.csv': 'nobody,refers,to,me',
      '.obsidian/app.json': '{}',
    });

  it('stores the bytes, refers to them from the entry, and counts them', async () => {
    const parsed = await readSource(sourceFilesAt(vault()), { now });
    const { result, bodies, stored } = await importAll(parsed);
    expect(result).toMatchObject({ state: 'done', imported: 1, pictures: 1, files: 2 });
    const [body] = bodies as [RichTextNode];
    const nodes = attachmentNodes(body);
    expect(nodes.map((node) => node.type)).toEqual(['image', 'attachment', 'attachment']);
    // Shortest path wins among files of the same name; the alias is the description; 300 px is small.
    expect(nodes[0]?.attrs).toEqual({
      src: `attachment:${sha(board)}`,
      alt: 'A whiteboard of goals',
      caption: '',
      width: 'small',
    });
    expect(nodes[1]?.attrs).toMatchObject({
      src: `attachment:${sha(offer)}`,
      name: 'offer.pdf',
      mime: 'application/pdf',
      kind: 'file',
    });
    // An SVG is kept as a file, never drawn as a picture.
    expect(nodes[2]?.attrs).toMatchObject({ src: `attachment:${sha(logo)}`, name: 'logo.svg' });
    for (const bytes of [board, offer, logo]) {
      const kept = stored(sha(bytes));
      expect(kept && sha(kept.bytes)).toBe(sha(bytes));
    }
    expect(stored(sha(decoy))).toBeNull();
    // The text around the picture stays, split where the picture was.
    const text = plainTextOf(body);
    expect(text).toContain('The board after the talk\nA whiteboard of goals\nand the rest.');
    // A file not there, and a file whose content is not what its name says, stay labels.
    expect(text).toContain('Lost: [image: holiday.png]');
    expect(text).toContain('Misnamed: [embedded: scan.pdf]');
  });

  it('says why a file was kept as a label, and leaves out only what nothing refers to', async () => {
    const parsed = await readSource(sourceFilesAt(vault()), { now });
    expect(parsed.problems).toEqual([
      {
        path: 'scan.pdf',
        reason: expect.stringMatching(/name says \.pdf, but its content is a PNG picture.*label/),
      },
    ]);
    // The decoy board and unused.csv; .obsidian is never entered.
    expect(parsed.leftOut).toBe(2);
    const ctx = tempJournal({ now: () => now });
    expect(previewImport(ctx.db, parsed)).toMatchObject({ entries: 1, pictures: 1, files: 2 });
  });
});

describe('importing a Markdown folder with pictures and files', () => {
  it('brings in relative images and links, and keeps a missing one as its label', async () => {
    const sketch = pngBytes('sketch');
    const contract = pdfBytes('contract');
    const parsed = await readSource(
      memoryFiles({
        'Journal/2024-05-01 Day.md': [
          'Drew it: ![A sketch](img/a.png)',
          '',
          'Signed [the contract](../docs/contract%20final.pdf) today.',
          '',
          'And ![gone](img/none.png) and [the site](https://example.com).',
        ].join('\n'),
        'Journal/img/a.png': sketch,
        'docs/contract final.pdf': contract,
      }),
      { now },
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.leftOut).toBe(0);
    const { result, bodies, stored } = await importAll(parsed);
    expect(result).toMatchObject({ imported: 1, pictures: 1, files: 1 });
    const nodes = attachmentNodes(bodies[0] as RichTextNode);
    expect(nodes.map((node) => [node.type, node.attrs?.src])).toEqual([
      ['image', `attachment:${sha(sketch)}`],
      ['attachment', `attachment:${sha(contract)}`],
    ]);
    expect(nodes[0]?.attrs?.alt).toBe('A sketch');
    expect(nodes[1]?.attrs?.name).toBe('contract final.pdf');
    expect(sha(stored(sha(sketch))!.bytes)).toBe(sha(sketch));
    expect(sha(stored(sha(contract))!.bytes)).toBe(sha(contract));
    expect(plainTextOf(bodies[0] as RichTextNode)).toContain('And [image: gone] and the site.');
  });
});

/**
 * A JEX holding one note (Markdown or HTML) with a picture and a PDF as Joplin resources, imported
 * into a fresh journal.
 */
async function importJex(options: {
  body: (ids: { picture: string; pdf: string }) => string;
  markup: 'markdown' | 'html';
  picture: { title: string; bytes: Buffer };
  pdf: { title: string; bytes: Buffer };
}) {
  const ids = { picture: 'aa'.repeat(16), pdf: 'bb'.repeat(16) };
  const noteId = 'cc'.repeat(16);
  const resource = (id: string, title: string, ext: string, mime: string) =>
    `${title}\n\nid: ${id}\nmime: ${mime}\nfilename: \nfile_extension: ${ext}\ntype_: 4`;
  const markup = options.markup === 'html' ? 2 : 1;
  const jex = makeTar([
    {
      path: `${noteId}.md`,
      data: `Planning\n\n${options.body(ids)}\n\nid: ${noteId}\nparent_id: \ncreated_time: 2022-06-01T08:00:00.000Z\nupdated_time: 2022-06-01T08:00:00.000Z\nmarkup_language: ${markup}\ntype_: 1`,
    },
    {
      path: `${ids.picture}.md`,
      data: resource(ids.picture, options.picture.title, 'png', 'image/png'),
    },
    { path: `${ids.pdf}.md`, data: resource(ids.pdf, options.pdf.title, 'pdf', 'application/pdf') },
    { path: `resources/${ids.picture}.png`, data: options.picture.bytes },
    { path: `resources/${ids.pdf}.pdf`, data: options.pdf.bytes },
  ]);
  const parsed = await readSource(memoryFiles({ 'export.jex': jex }), { now });
  expect(parsed.problems).toEqual([]);
  expect(parsed.leftOut).toBe(0);
  const imported = await importAll(parsed);
  expect(imported.result).toMatchObject({ imported: 1, pictures: 1, files: 1 });
  expect(sha(imported.stored(sha(options.picture.bytes))!.bytes)).toBe(sha(options.picture.bytes));
  expect(sha(imported.stored(sha(options.pdf.bytes))!.bytes)).toBe(sha(options.pdf.bytes));
  return imported.bodies[0] as RichTextNode;
}

describe('importing a Joplin JEX with resources', () => {
  it('makes the resources the notes refer to pictures and files', async () => {
    const diagram = pngBytes('diagram');
    const brief = pdfBytes('brief');
    const body = await importJex({
      markup: 'markdown',
      body: (ids) => `The ![the diagram](:/${ids.picture}) and [the brief](:/${ids.pdf}).`,
      picture: { title: 'diagram.png', bytes: diagram },
      pdf: { title: 'Brief', bytes: brief },
    });
    expect(attachmentNodes(body).map((node) => node.attrs)).toEqual([
      { src: `attachment:${sha(diagram)}`, alt: 'the diagram', caption: '', width: 'medium' },
      expect.objectContaining({ src: `attachment:${sha(brief)}`, name: 'Brief.pdf' }),
    ]);
  });

  it('keeps the pictures (<img src=":/id">) and files (<a href=":/id">) of a note written in HTML', async () => {
    const whiteboard = pngBytes('whiteboard');
    const offer = pdfBytes('offer');
    const body = await importJex({
      markup: 'html',
      body: (ids) =>
        `<h1>Offsite</h1><p>The plan &amp; the board:</p>` +
        `<p><img width="640" alt="Team plan on the &quot;board&quot;" src=':/${ids.picture}' /></p>` +
        `<p>Signed: <a href=":/${ids.pdf}" title="offer"><b>offer letter</b></a>, ` +
        `and <a href="https://example.com">a site</a>.</p><p><img src="https://example.com/x.png"></p>`,
      picture: { title: 'board.png', bytes: whiteboard },
      pdf: { title: 'Offer', bytes: offer },
    });
    expect(attachmentNodes(body).map((node) => node.attrs)).toEqual([
      {
        src: `attachment:${sha(whiteboard)}`,
        alt: 'Team plan on the "board"',
        caption: '',
        width: 'medium',
      },
      expect.objectContaining({ src: `attachment:${sha(offer)}`, name: 'Offer.pdf' }),
    ]);
    expect(plainTextOf(body)).toContain('The plan & the board:');
    expect(plainTextOf(body)).toContain('and a site.');
  });
});

describe('importing a Day One export zip with media', () => {
  it('brings in the photo the text shows and the PDF the entry lists', async () => {
    const photo = pngBytes('photo');
    const pdf = pdfBytes('ticket');
    const photoMd5 = '0123456789abcdef0123456789abcdef';
    const pdfMd5 = 'fedcba9876543210fedcba9876543210';
    const journal = {
      entries: [
        {
          uuid: 'E1',
          creationDate: '2023-11-04T09:00:00Z',
          timeZone: 'UTC',
          text: 'Conference day\n![](dayone-moment://PHOTO1)\nGreat talk\n![](dayone-moment://GONE)',
          photos: [{ identifier: 'PHOTO1', md5: photoMd5, type: 'png' }],
          pdfAttachments: [{ identifier: 'PDF1', md5: pdfMd5, type: 'pdf' }],
        },
      ],
    };
    const zip = zipSync({
      'Journal.json': new TextEncoder().encode(JSON.stringify(journal)),
      [`photos/${photoMd5}.png`]: photo,
      [`pdfs/${pdfMd5}.pdf`]: pdf,
    });
    const parsed = await readSource(memoryFiles({ 'export.zip': zip }), { now });
    expect(parsed.problems).toEqual([]);
    expect(parsed.leftOut).toBe(0);
    const { result, bodies, stored } = await importAll(parsed);
    expect(result).toMatchObject({ imported: 1, pictures: 1, files: 1 });
    const body = bodies[0] as RichTextNode;
    expect(attachmentNodes(body).map((node) => [node.type, node.attrs?.src])).toEqual([
      ['image', `attachment:${sha(photo)}`],
      ['attachment', `attachment:${sha(pdf)}`],
    ]);
    expect(plainTextOf(body)).toContain('Great talk\n[image]');
    expect(sha(stored(sha(photo))!.bytes)).toBe(sha(photo));
    expect(sha(stored(sha(pdf))!.bytes)).toBe(sha(pdf));
  });
});

describe('attachments and the import batches', () => {
  const notes = () =>
    memoryFiles({
      '2024-01-01 One.md': 'One ![first](one.png)',
      '2024-01-02 Two.md': 'Two ![second](two.png)',
      'one.png': pngBytes('one'),
      'two.png': pngBytes('two'),
    });

  it('a cancelled import keeps only the bytes of the entries it wrote', async () => {
    const parsed = await readSource(notes(), { now });
    const ctx = tempJournal({ now: () => now });
    let batches = 0;
    const result = await runImport(ctx.db, parsed.items, {
      now: () => now,
      batchSize: 1,
      isCancelled: () => batches++ >= 1,
    });
    expect(result).toMatchObject({ state: 'cancelled', imported: 1, pictures: 1 });
    const kept = ctx.db.prepare('SELECT sha256 FROM attachments').pluck().all();
    const referred = ctx.db.prepare('SELECT sha256 FROM entry_attachments').pluck().all();
    expect(kept).toEqual([sha(pngBytes('one'))]);
    expect(referred).toEqual(kept);
  });

  it('a batch that fails stores none of its bytes', async () => {
    const parsed = await readSource(notes(), { now });
    const [, second] = parsed.items;
    const file = second!.files![0]!;
    // The file changed on disk between reading the source and importing it.
    second!.files = [{ ...file, read: () => pngBytes('changed') }];
    const ctx = tempJournal({ now: () => now });
    const result = await runImport(ctx.db, parsed.items, { now: () => now, batchSize: 1 });
    expect(result.state).toBe('failed');
    expect(result.failure?.message).toMatch(/changed while it was being imported/);
    expect(ctx.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(1);
    expect(ctx.db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(1);
  });

  it('importing the same notes again stores nothing twice', async () => {
    const ctx = tempJournal({ now: () => now });
    await runImport(ctx.db, (await readSource(notes(), { now })).items, { now: () => now });
    const again = await runImport(ctx.db, (await readSource(notes(), { now })).items, {
      now: () => now,
    });
    expect(again).toMatchObject({ imported: 0, skipped: 2, pictures: 0 });
    expect(ctx.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(2);
  });
});
