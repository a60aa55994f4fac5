import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { richTextDoc, type RichTextNode } from '../../src-main/contract/schemas';
import { dateFromFileName, dateInZone, parseDateValue } from '../../src-main/import/dates';
import { frontMatterTags, splitFrontMatter } from '../../src-main/import/front-matter';
import { inlineTagsOf, tagsInText } from '../../src-main/import/inline-tags';
import { markdownToDoc } from '../../src-main/import/markdown-to-doc';
import { parseMarkdownNote } from '../../src-main/import/markdown-note';
import { plainTextOf } from '../../src-main/shared/rich-text';
import { ENTRY_EXTENSIONS } from '../../src-renderer/editor/extensions';
import { safeDoc } from '../../src-renderer/editor/safe-doc';
import { inTimeZone } from './timezones';

const schema = getSchema(ENTRY_EXTENSIONS);

/**
 * The document must be one the editor accepts as it is (no node, mark or attribute dropped) and
 * one the journal's channels accept when the editor saves it back.
 */
function expectEditorValid(doc: RichTextNode): void {
  expect(richTextDoc.safeParse(doc).success).toBe(true);
  expect(() => schema.nodeFromJSON(doc).check()).not.toThrow();
  expect(plainTextOf(safeDoc(ENTRY_EXTENSIONS, doc) as RichTextNode)).toBe(plainTextOf(doc));
}

const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]): RichTextNode =>
  marks.length > 0
    ? { type: 'text', text, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text };

describe('front matter', () => {
  it('reads title, dates and tags as a list', () => {
    const result = splitFrontMatter(
      '---\ntitle: Plan\ndate: 2024-02-12\ntags: [career, "two words"]\n---\nBody',
    );
    expect(result).toEqual({
      ok: true,
      fields: { title: 'Plan', date: '2024-02-12', tags: ['career', 'two words'] },
      body: 'Body',
    });
  });

  it('reads tags written as one string, with commas or spaces, and drops a leading #', () => {
    expect(frontMatterTags({ tags: 'career, review' })).toEqual(['career', 'review']);
    expect(frontMatterTags({ tags: '#career #review' })).toEqual(['career', 'review']);
    expect(frontMatterTags({ Tags: ['a', 2024, null, { x: 1 }] })).toEqual(['a', '2024']);
    expect(frontMatterTags({})).toEqual([]);
  });

  it('accepts CRLF line endings, an empty block and `...` as the closing line', () => {
    expect(splitFrontMatter('---\r\ntitle: A\r\n---\r\nText')).toMatchObject({
      ok: true,
      fields: { title: 'A' },
      body: 'Text',
    });
    expect(splitFrontMatter('---\n---\nText')).toEqual({ ok: true, fields: {}, body: 'Text' });
    expect(splitFrontMatter('---\ntitle: B\n...\nText')).toMatchObject({
      ok: true,
      fields: { title: 'B' },
    });
  });

  it('treats a note without the block, or with an unclosed `---`, as all body', () => {
    expect(splitFrontMatter('# Hello\n---\n')).toEqual({
      ok: true,
      fields: {},
      body: '# Hello\n---\n',
    });
    expect(splitFrontMatter('---\nNot closed')).toEqual({
      ok: true,
      fields: {},
      body: '---\nNot closed',
    });
  });

  it('reports broken YAML with the line, and a block that is not fields', () => {
    const broken = splitFrontMatter('---\ntitle: "Unfinished\ntags: [a\n---\nBody');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reason).toMatch(/not valid YAML \(line \d+\)/);
    const list = splitFrontMatter('---\n- a\n- b\n---\nBody');
    expect(list).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a list of fields/),
    });
  });
});

describe('dates', () => {
  it('takes dates from file names in the usual spellings, with the rest as a title', () => {
    expect(dateFromFileName('2024-03-05 Offsite retro.md')).toEqual({
      date: '2024-03-05',
      rest: 'Offsite retro',
    });
    expect(dateFromFileName('Daily/2024_03_05.md')).toEqual({ date: '2024-03-05', rest: '' });
    expect(dateFromFileName('20240305-standup.md')).toEqual({
      date: '2024-03-05',
      rest: 'standup',
    });
    expect(dateFromFileName('2024.03.05 — Notes.markdown')).toEqual({
      date: '2024-03-05',
      rest: 'Notes',
    });
  });

  it('ignores names that are not dates, or dates that do not exist', () => {
    expect(dateFromFileName('Meeting 2024-03-05.md')).toBeNull();
    expect(dateFromFileName('2024-02-30 Leap.md')).toBeNull();
    expect(dateFromFileName('202403051.md')).toBeNull();
  });

  it('reads a date as written, and an instant on the local calendar', () => {
    expect(parseDateValue('2024-03-05')).toEqual({ date: '2024-03-05', instant: null });
    expect(parseDateValue('2024-03-05 23:30')).toEqual({ date: '2024-03-05', instant: null });
    inTimeZone('America/Los_Angeles', () => {
      expect(parseDateValue('2024-03-05T02:00:00Z')).toEqual({
        date: '2024-03-04',
        instant: '2024-03-05T02:00:00.000Z',
      });
      expect(parseDateValue('2024-03-05 08:15:00+0200')?.instant).toBe('2024-03-05T06:15:00.000Z');
    });
    inTimeZone('Pacific/Kiritimati', () => {
      expect(parseDateValue('2024-03-05T12:00:00Z')?.date).toBe('2024-03-06');
    });
    expect(parseDateValue('yesterday')).toBeNull();
    expect(parseDateValue('2024-13-01')).toBeNull();
    expect(parseDateValue(20240305)).toBeNull();
  });

  it('puts an instant on the calendar of a named time zone, or the local one if unknown', () => {
    const instant = new Date('2023-11-04T22:45:00Z');
    expect(dateInZone(instant, 'Asia/Tokyo')).toBe('2023-11-05');
    expect(dateInZone(instant, 'America/Los_Angeles')).toBe('2023-11-04');
    inTimeZone('Pacific/Kiritimati', () =>
      expect(dateInZone(instant, 'Not/AZone')).toBe('2023-11-05'),
    );
    inTimeZone('UTC', () => expect(dateInZone(instant, null)).toBe('2023-11-04'));
  });
});

describe('inline tags', () => {
  it('finds #tags after a space or at the start, nested ones included', () => {
    expect(tagsInText('#retro went well #team/leads, and #mentoring.')).toEqual([
      'retro',
      'team/leads',
      'mentoring',
    ]);
    expect(tagsInText('Über #Café-Notizen')).toEqual(['Café-Notizen']);
  });

  it('leaves out numbers, addresses, entities and doubled hashes', () => {
    expect(tagsInText('Issue #42 and example.com/#anchor, &#39; ##x a#b')).toEqual([]);
  });

  it('ignores code and link text', () => {
    const doc = markdownToDoc(
      '`#notatag` and #real\n\n```\n#also-not\n```\n\n[#linked](https://x.test)',
    );
    expect(inlineTagsOf(doc)).toEqual(['real']);
  });
});

describe('Markdown to rich text', () => {
  it('converts headings, emphasis, strike and code to nodes and marks', () => {
    const doc = markdownToDoc('## Plan\n\n**bold** *italic* ~~gone~~ `code` ***both***');
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [t('Plan')] },
        p(
          t('bold', 'bold'),
          t(' '),
          t('italic', 'italic'),
          t(' '),
          t('gone', 'strike'),
          t(' '),
          t('code', 'code'),
          t(' '),
          t('both', 'bold', 'italic'),
        ),
      ],
    });
    expectEditorValid(doc);
  });

  it('turns lists, numbered lists with their start, and quotes into their nodes', () => {
    const doc = markdownToDoc('- one\n- two\n  - nested\n\n3. three\n4. four\n\n> quoted\n> text');
    expect(doc.content?.map((node) => node.type)).toEqual([
      'bulletList',
      'orderedList',
      'blockquote',
    ]);
    expect(doc.content?.[1]?.attrs).toEqual({ start: 3 });
    expect(doc.content?.[0]?.content?.[1]?.content?.[1]?.type).toBe('bulletList');
    expectEditorValid(doc);
  });

  it('makes task lists from `- [ ]` and `- [x]`, and splits a mixed list into runs', () => {
    const doc = markdownToDoc('- [ ] open\n- [x] done\n- plain\n- [X] loud');
    expect(doc.content).toEqual([
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: false }, content: [p(t('open'))] },
          { type: 'taskItem', attrs: { checked: true }, content: [p(t('done'))] },
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('plain'))] }] },
      {
        type: 'taskList',
        content: [{ type: 'taskItem', attrs: { checked: true }, content: [p(t('loud'))] }],
      },
    ]);
    expectEditorValid(doc);
  });

  it('keeps links to web and mail addresses only; others become their text', () => {
    const doc = markdownToDoc(
      '[site](https://example.com) [mail](mailto:a@b.test) [app](obsidian://open) [note](:/abc123) <javascript:alert(1)> https://example.org/a',
    );
    const links = (doc.content?.[0]?.content ?? [])
      .filter((node) => node.marks?.some((mark) => mark.type === 'link'))
      .map((node) => [node.text, node.marks?.[0]?.attrs?.href]);
    expect(links).toEqual([
      ['site', 'https://example.com'],
      ['mail', 'mailto:a@b.test'],
      ['https://example.org/a', 'https://example.org/a'],
    ]);
    expect(plainTextOf(doc)).toContain('app');
    expect(plainTextOf(doc)).toContain('note');
    expect(plainTextOf(doc)).toContain('javascript:alert(1)');
    expectEditorValid(doc);
  });

  it('writes wiki links, embeds and images as readable text, never as a broken element', () => {
    const doc = markdownToDoc(
      '[[Mentoring plan]], [[Mentoring plan|my plan]], [[Goals#Q3]], ![[board.png]], ![[Other note]], ![Sketch](img/sketch.jpg), ![](photos/cat.png), ![](dayone-moment://ABC)',
    );
    expect(plainTextOf(doc)).toBe(
      'Mentoring plan, my plan, Goals › Q3, [image: board.png], [embedded: Other note], [image: Sketch], [image: cat.png], [image]',
    );
    expect(JSON.stringify(doc)).not.toContain('"image"');
    expectEditorValid(doc);
  });

  it('keeps code blocks with a safe language name, and horizontal rules', () => {
    const doc = markdownToDoc(
      '```ts\nconst a = 1;\n```\n\n---\n\n    indented\n\n```<script>\nx\n```',
    );
    expect(doc.content).toEqual([
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [t('const a = 1;')] },
      { type: 'horizontalRule' },
      { type: 'codeBlock', content: [t('indented')] },
      { type: 'codeBlock', content: [t('x')] },
    ]);
    expectEditorValid(doc);
  });

  it('gives code inside bold only the code mark, and code inside a link only the link', () => {
    const doc = markdownToDoc('**a `b` c** [`x`](https://x.test)');
    expect(doc.content?.[0]?.content).toEqual([
      t('a ', 'bold'),
      t('b', 'code'),
      t(' c', 'bold'),
      t(' '),
      { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://x.test' } }] },
    ]);
    expectEditorValid(doc);
  });

  it('keeps line breaks, shows raw HTML as text, and tables one row per line', () => {
    const doc = markdownToDoc('one\ntwo  \nthree <b>x</b>\n\n| A | B |\n|---|---|\n| 1 | 2 |');
    expect(doc.content?.[0]?.content?.map((node) => node.type)).toEqual([
      'text',
      'hardBreak',
      'text',
      'hardBreak',
      'text',
    ]);
    expect(plainTextOf(doc).split('\n')).toEqual(['one two three <b>x</b>', 'A | B', '1 | 2']);
    expectEditorValid(doc);
  });

  it('can start a new paragraph at each line (Day One)', () => {
    const doc = markdownToDoc('first\nsecond\n\nthird', { softBreak: 'paragraph' });
    expect(doc.content).toEqual([p(t('first')), p(t('second')), p(t('third'))]);
  });

  it('always yields a document the editor accepts, even for odd or deep input', () => {
    const odd = [
      '',
      '-',
      '>',
      '- # heading in a list',
      '1.\n2.',
      '> '.repeat(60) + 'deep',
      '- '.repeat(60) + 'deep',
      '***\n___',
      '[]()',
      '![]()',
      '- [ ]',
      '\u0000 nul',
    ];
    for (const markdown of odd) expectEditorValid(markdownToDoc(markdown));
  });
});

describe('a Markdown note', () => {
  const now = new Date('2025-06-01T12:00:00Z');

  it('uses front matter title, date and tags, and the inline tags', () => {
    const result = parseMarkdownNote(
      { path: 'Career/plan.md', mtimeMs: null },
      '---\ntitle: Mentoring plan\ndate: 2024-02-12\ntags: [career]\n---\nMeet Priya. #mentoring',
      now,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        kind: 'markdown',
        origin: 'Career/plan.md',
        sourceKey: 'markdown:Career/plan.md',
        entryDate: '2024-02-12',
        tags: ['career', 'mentoring'],
      },
    });
    if (result.ok)
      expect(plainTextOf(result.item.body)).toBe('Mentoring plan\nMeet Priya. #mentoring');
  });

  it('keeps an opening heading as the title, and does not repeat a title already there', () => {
    const heading = parseMarkdownNote({ path: 'x.md', mtimeMs: null }, '# Own title\n\nText', now);
    const same = parseMarkdownNote(
      { path: 'x.md', mtimeMs: null },
      '---\ntitle: Own title\n---\n# Own  title\n\nText',
      now,
    );
    expect(heading.ok && plainTextOf(heading.item.body)).toBe('Own title\nText');
    expect(same.ok && plainTextOf(same.item.body)).toBe('Own  title\nText');
  });

  it('takes the title from the file name (less its date) and the date from the name', () => {
    const result = parseMarkdownNote(
      { path: '2024-03-05 Offsite retro.md', mtimeMs: null },
      'We met.',
      now,
    );
    expect(result.ok && result.item.entryDate).toBe('2024-03-05');
    expect(result.ok && plainTextOf(result.item.body)).toBe('Offsite retro\nWe met.');
    const daily = parseMarkdownNote(
      { path: 'Daily/2024-03-06.md', mtimeMs: null },
      'Short day.',
      now,
    );
    expect(daily.ok && plainTextOf(daily.item.body)).toBe('Short day.');
  });

  it('falls back to the modification day, then to today', () => {
    inTimeZone('Asia/Kolkata', () => {
      const mtime = Date.parse('2022-12-31T20:00:00Z');
      const byTime = parseMarkdownNote({ path: 'Note.md', mtimeMs: mtime }, 'x', now);
      expect(byTime.ok && byTime.item.entryDate).toBe('2023-01-01');
      const today = parseMarkdownNote({ path: 'Note.md', mtimeMs: null }, 'x', now);
      expect(today.ok && today.item.entryDate).toBe('2025-06-01');
    });
  });

  it('keeps the instants of created and updated when they have a zone', () => {
    const result = parseMarkdownNote(
      { path: 'a.md', mtimeMs: null },
      '---\ncreated: 2024-01-20T23:30:00Z\nupdated: 2024-01-21 08:15:00Z\n---\nText',
      now,
    );
    expect(result).toMatchObject({
      ok: true,
      item: { createdAt: '2024-01-20T23:30:00.000Z', updatedAt: '2024-01-21T08:15:00.000Z' },
    });
  });

  it('refuses broken front matter and empty notes with a reason', () => {
    expect(
      parseMarkdownNote({ path: 'a.md', mtimeMs: null }, '---\na: b: c\n---\n', now),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/front matter/),
    });
    expect(parseMarkdownNote({ path: '2024-01-01.md', mtimeMs: null }, '   \n', now)).toEqual({
      ok: false,
      reason: 'This note is empty.',
    });
  });

  it('gives the same content key to the same note wherever it sits', () => {
    const a = parseMarkdownNote({ path: 'vault/2024-01-01 A.md', mtimeMs: null }, 'Same', now);
    const b = parseMarkdownNote({ path: 'copy/2024-01-01 A.md', mtimeMs: null }, 'Same', now);
    const c = parseMarkdownNote({ path: 'copy/2024-01-02 A.md', mtimeMs: null }, 'Same', now);
    expect(a.ok && b.ok && a.item.contentKey === b.item.contentKey).toBe(true);
    expect(a.ok && c.ok && a.item.contentKey !== c.item.contentKey).toBe(true);
  });
});
