import { createAppRouter } from '../../src-main/core/all-handlers';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docToMarkdown } from '../../src-main/archive/markdown';
import { entryFileName, exportMarkdown } from '../../src-main/archive/markdown-export';
import type { RichTextNode } from '../../src-main/contract/schemas';
import { createEntry, trashEntry } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';
import { tempJournal } from './helpers';

const text = (
  value: string,
  marks: string[] = [],
  attrs?: Record<string, unknown>,
): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks.length > 0
    ? { marks: marks.map((type) => (type === 'link' ? { type, attrs } : { type })) }
    : {}),
});
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });
const li = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content });

const markdown = new MarkdownIt('commonmark').enable('strikethrough');
const withHtml = new MarkdownIt('commonmark', { html: true }).enable('strikethrough');

describe('tiptap JSON to Markdown', () => {
  it('converts headings, emphasis, lists, task lists, quotes, links, code and rules', () => {
    const source = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Why I want to lead')] },
      p(
        text('I felt '),
        text('confident ', ['bold']),
        text('and '),
        text('scared', ['italic']),
        text(', '),
        text('not', ['strike']),
        text(' '),
        text('npm test', ['code']),
        text(' — '),
        text('see this', ['link'], { href: 'https://example.com/a b' }),
        text('.'),
      ),
      {
        type: 'bulletList',
        content: [
          li(p(text('Ask for feedback')), {
            type: 'bulletList',
            content: [li(p(text('from my mentor')))],
          }),
          li(p(text('Book the call'))),
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [li(p(text('Third'))), li(p(text('Fourth')))],
      },
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: true }, content: [p(text('Enter the awards'))] },
          { type: 'taskItem', attrs: { checked: false }, content: [p(text('Win one'))] },
        ],
      },
      { type: 'blockquote', content: [p(text('Begin with the end in mind.')), p(text('Twice.'))] },
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = ```;\n')] },
      { type: 'horizontalRule' },
      p(text('Line one'), { type: 'hardBreak' }, text('line two')),
    );
    expect(docToMarkdown(source)).toBe(
      [
        '## Why I want to lead',
        '',
        'I felt **confident** and *scared*, ~~not~~ `npm test` — [see this](<https://example.com/a%20b>).',
        '',
        '- Ask for feedback',
        '  - from my mentor',
        '- Book the call',
        '',
        '3. Third',
        '4. Fourth',
        '',
        '- [x] Enter the awards',
        '- [ ] Win one',
        '',
        '> Begin with the end in mind.',
        '>',
        '> Twice.',
        '',
        '````ts',
        'const a = ```;',
        '````',
        '',
        '---',
        '',
        'Line one\\',
        'line two',
        '',
      ].join('\n'),
    );
    const html = markdown.render(docToMarkdown(source));
    expect(html).toContain('<h2>Why I want to lead</h2>');
    expect(html).toContain('<strong>confident</strong> and <em>scared</em>');
    expect(html).toContain('<s>not</s>');
    expect(html).toContain('<a href="https://example.com/a%20b">see this</a>');
    expect(html).toContain('<ol start="3">');
    expect(html).toMatch(/<blockquote>\s*<p>Begin with the end in mind.<\/p>\s*<p>Twice.<\/p>/);
    expect(html).toContain('<code class="language-ts">const a = ```;\n</code>');
    expect(html).toContain('Line one<br />\nline two');
    expect(html).toMatch(/<li>Ask for feedback\s*<ul>\s*<li>from my mentor<\/li>/);
  });

  it('keeps underline and highlight as inline HTML, and drops links that are not web or e-mail', () => {
    const out = docToMarkdown(
      doc(
        p(
          text('under', ['underline']),
          text(' '),
          text('marked', ['highlight']),
          text(' '),
          text('click', ['link'], { href: 'javascript:alert(1)' }),
        ),
      ),
    );
    expect(out).toBe('<u>under</u> <mark>marked</mark> click\n');
    expect(withHtml.render(out)).toBe('<p><u>under</u> <mark>marked</mark> click</p>\n');
  });

  it('keeps marks open across neighbouring text and nests them properly', () => {
    const out = docToMarkdown(
      doc(p(text('a', ['bold']), text('b', ['bold', 'italic']), text('c', ['bold']))),
    );
    expect(out).toBe('**a*b*c**\n');
    expect(markdown.render(out)).toBe('<p><strong>a<em>b</em>c</strong></p>\n');
  });

  it('escapes text that Markdown would read as syntax', () => {
    const out = docToMarkdown(
      doc(
        p(text('# not a heading')),
        p(text('1. not a list')),
        p(text('- nor this')),
        p(text('*stars* and _underscores_ [brackets] <tags> `ticks` &amp;')),
      ),
    );
    const html = markdown.render(out);
    expect(html).toBe(
      '<p># not a heading</p>\n<p>1. not a list</p>\n<p>- nor this</p>\n<p>*stars* and _underscores_ [brackets] &lt;tags&gt; `ticks` &amp;amp;</p>\n',
    );
  });

  it('renders an empty document as nothing and keeps the text of nodes it does not know', () => {
    expect(docToMarkdown(doc())).toBe('');
    expect(docToMarkdown(doc(p()))).toBe('');
    expect(docToMarkdown(doc({ type: 'prompt', content: [text('What did you learn?')] }))).toBe(
      'What did you learn?\n',
    );
  });

  it('never loses or changes a word: any text with any marks reads back the same (property)', () => {
    const printable = fc.string({
      unit: fc.constantFrom(...'ab *_`~[]()<>#&!-+=.|\\1é✓ '.split('')),
      minLength: 1,
      maxLength: 12,
    });
    const node = fc.record({
      text: printable,
      marks: fc.subarray(['bold', 'italic', 'strike', 'code']),
    });
    const decode = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (nodes) => {
        const source = doc(p(...nodes.map((n) => text(n.text, n.marks))));
        const expected = nodes
          .map((n) => n.text)
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        fc.pre(expected !== '');
        expect(decode(markdown.render(docToMarkdown(source)))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('export as Markdown', () => {
  it('names files by date and title, uniquely', () => {
    const taken = new Set<string>();
    expect(entryFileName('2025-01-02', 'Café: my “big” pitch!', taken)).toBe(
      '2025-01-02-cafe-my-big-pitch.md',
    );
    expect(entryFileName('2025-01-02', 'Café: my big pitch', taken)).toBe(
      '2025-01-02-cafe-my-big-pitch-2.md',
    );
    expect(entryFileName('2025-01-03', '', taken)).toBe('2025-01-03-entry.md');
  });

  it('writes one file per entry with front matter, and a plan.md that says there is no plan yet', () => {
    const ctx = tempJournal({ now: () => new Date('2025-05-01T08:00:00Z') });
    createEntry(ctx.db, {
      id: 'a',
      entryDate: '2025-03-05',
      body: docFromParagraphs(['First pitch', 'It went well.']),
    });
    createEntry(ctx.db, { id: 'b', entryDate: '2025-03-06', body: docFromParagraphs(['Binned']) });
    trashEntry(ctx.db, 'b');
    const result = exportMarkdown(ctx.db, ctx.dataDir, ctx.now());
    expect(result.folder).toBe(join(ctx.dataDir, 'exports', 'markdown-2025-05-01T08-00-00'));
    expect(result.files).toBe(2);
    expect(readFileSync(join(result.folder, 'plan.md'), 'utf8')).toMatch(/There is no plan yet/);
    expect(readdirSync(join(result.folder, 'journal'))).toEqual(['2025-03-05-first-pitch.md']);
    const file = readFileSync(join(result.folder, 'journal', '2025-03-05-first-pitch.md'), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(file) ?? [];
    expect(parse(front as string)).toEqual({ date: '2025-03-05', title: 'First pitch' });
    expect(body).toBe('First pitch\n\nIt went well.\n');
  });

  it('adds tags and links to the front matter, and the plan to plan.md', async () => {
    const ctx = tempJournal({ now: () => new Date('2025-05-01T08:00:00Z') });
    const router = createAppRouter(ctx);
    const ok = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await router.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    const aspiration = await ok<{ id: string }>('plan:createAspiration', {
      title: 'Creative director',
      statement: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Lead a ' },
              { type: 'text', marks: [{ type: 'bold' }], text: 'studio' },
            ],
          },
        ],
      },
      horizonDate: '2030-12-31',
    });
    const gone = await ok<{ id: string }>('plan:createAspiration', { title: 'Deleted' });
    await ok('plan:deleteAspiration', { id: gone.id });
    const goal = await ok<{ id: string }>('plan:createGoal', {
      aspirationId: aspiration.id,
      title: 'Associate art director',
      dueDate: '2026-06-30',
      specificWhat: 'Lead two campaigns',
      metricName: 'Pitches won',
      metricUnit: 'pitches',
      metricTarget: 50,
      metricCurrent: 12,
      obstacles: 'Little time',
    });
    await ok('plan:updateGoal', { id: goal.id, status: 'in_progress' });
    await ok('plan:createStep', {
      goalId: goal.id,
      text: 'Build a portfolio',
      dueDate: '2025-09-01',
      done: true,
    });
    await ok('plan:createStep', { goalId: goal.id, text: 'Ask for *stretch* work' });
    createEntry(ctx.db, {
      id: 'e',
      entryDate: '2025-03-05',
      body: docFromParagraphs(['Mentor call']),
    });
    await ok('tags:add', { entryId: 'e', name: 'mentor' });
    await ok('tags:add', { entryId: 'e', name: 'career' });
    await ok('links:add', { entryId: 'e', targetKind: 'goal', targetId: goal.id });
    await ok('links:add', { entryId: 'e', targetKind: 'aspiration', targetId: aspiration.id });
    const result = exportMarkdown(ctx.db, ctx.dataDir, ctx.now());
    const file = readFileSync(join(result.folder, 'journal', '2025-03-05-mentor-call.md'), 'utf8');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(file)?.[1] as string);
    expect(front).toEqual({
      date: '2025-03-05',
      title: 'Mentor call',
      tags: ['career', 'mentor'],
      links: [{ aspiration: 'Creative director' }, { goal: 'Associate art director' }],
    });
    const plan = readFileSync(join(result.folder, 'plan.md'), 'utf8');
    expect(plan).toBe(
      [
        '# My plan',
        '',
        '## Creative director',
        '',
        '*active · horizon 2030-12-31*',
        '',
        'Lead a **studio**',
        '',
        '### Associate art director',
        '',
        '*due 2026-06-30 · in progress*',
        '',
        '- **Specific:** Lead two campaigns',
        '- **Measurable:** Pitches won — 12 of 50 pitches',
        '- **Achievable:** Little time',
        '',
        'Steps:',
        '',
        '- [x] Build a portfolio (by 2025-09-01)',
        '- [ ] Ask for \\*stretch\\* work',
        '',
      ].join('\n'),
    );
  });
});
