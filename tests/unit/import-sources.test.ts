import { zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDayOne } from '../../src-main/import/day-one';
import { decodeText } from '../../src-main/import/decode-text';
import { sourceFilesAt } from '../../src-main/import/fs-source';
import { htmlToMarkdownText, parseJex, parseJoplinItem } from '../../src-main/import/joplin';
import { readSource } from '../../src-main/import/read-source';
import { readTar } from '../../src-main/import/tar';
import { plainTextOf } from '../../src-main/shared/rich-text';
import {
  dayOneJson,
  dayOneZip,
  FIXTURES,
  joplinJex,
  makeTar,
  memoryFiles,
} from './import-fixtures';
import { inTimeZone } from './timezones';

const now = new Date('2025-06-01T12:00:00Z');

describe('text encodings', () => {
  it('reads UTF-8 (with or without a byte-order mark) and UTF-16 with one', () => {
    expect(decodeText(new TextEncoder().encode('Café'))).toEqual({ ok: true, text: 'Café' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: 'A' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toEqual({
      ok: true,
      text: 'Aé',
    });
  });

  it('refuses Latin-1 and binary data with a reason', () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not UTF-8/),
    });
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/binary/),
    });
  });
});

describe('Day One', () => {
  it('reads text, the creation day in the entry’s own time zone, tags and the star', () => {
    const { items, problems } = parseDayOne(dayOneJson(), 'Journal.json');
    expect(items).toHaveLength(2);
    const [tokyo, la] = items;
    expect(tokyo).toMatchObject({
      kind: 'dayone',
      sourceKey: 'dayone:5D1B2C6A0E3F4B7C9A8D1E2F3A4B5C6D',
      entryDate: '2023-11-05',
      createdAt: '2023-11-04T22:45:00.000Z',
      updatedAt: '2023-11-05T07:10:00.000Z',
      tags: ['career', 'Reflection', 'starred'],
    });
    expect(plainTextOf(tokyo!.body)).toBe(
      'Tokyo design week\nSpoke to three studios about art direction roles.\n[image]\nThe portfolio needs a stronger opening piece.',
    );
    expect(tokyo!.body.content?.[0]?.type).toBe('heading');
    // 03:30 UTC on 6 November is the evening of the 5th in Los Angeles.
    expect(la).toMatchObject({ entryDate: '2023-11-05', tags: [] });
    expect(problems.map((problem) => problem.reason)).toEqual([
      'This entry has no text.',
      'This entry has no creation date Waymark can read.',
    ]);
    expect(problems[0]?.path).toMatch(/^Journal\.json › entry 3 \(FFEEDD/);
  });

  it('does not depend on the zone Waymark runs in when the entry names its own', () => {
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      inTimeZone(zone, () => {
        expect(parseDayOne(dayOneJson(), 'J.json').items.map((item) => item.entryDate)).toEqual([
          '2023-11-05',
          '2023-11-05',
        ]);
      });
    }
  });

  it('reports JSON that is broken or not a Day One export', () => {
    expect(parseDayOne('{"entries": [', 'a.json').problems[0]?.reason).toMatch(/not valid JSON/);
    expect(parseDayOne('{"notes": []}', 'b.json').problems[0]?.reason).toMatch(
      /not a Day One export/,
    );
  });
});

describe('tar archives', () => {
  it('reads files, long names (pax) and skips the rest', () => {
    const long = `${'folder/'.repeat(20)}note.md`;
    const entries = readTar(
      makeTar([
        { path: 'a.md', data: 'A' },
        { path: long, data: 'B'.repeat(700) },
      ]),
    );
    expect(entries.map((entry) => [entry.path, entry.data.length])).toEqual([
      ['a.md', 1],
      [long, 700],
    ]);
  });

  it('refuses what is not a tar, or is cut short', () => {
    expect(() => readTar(new Uint8Array(1024).fill(65))).toThrow(/not a tar archive/);
    const archive = makeTar([{ path: 'a.md', data: 'x'.repeat(2000) }]);
    expect(() => readTar(archive.subarray(0, 1024))).toThrow(/cut short/);
  });
});

describe('Joplin', () => {
  it('splits an item into title, body and properties', () => {
    const item = parseJoplinItem('Title\n\nBody line\n\nmore\n\nid: abc\ntype_: 1');
    expect(item).toEqual({
      type: 1,
      title: 'Title',
      body: 'Body line\n\nmore',
      props: { id: 'abc', type_: '1' },
    });
    expect(parseJoplinItem('id: x\nnote_id: n\ntag_id: t\ntype_: 6')).toMatchObject({
      type: 6,
      title: '',
      body: '',
    });
    expect(parseJoplinItem('just text')).toBeNull();
  });

  it('imports notes from a JEX with title, creation day, tags and notebook, leaving out the trash', () => {
    const result = inTimeZone('UTC', () => parseJex(joplinJex(), 'export.jex', now));
    expect(result.problems).toEqual([]);
    expect(result.items.map((item) => item.origin)).toEqual([
      'export.jex › Career › Quarterly goals',
      'export.jex › Career › Interview notes',
    ]);
    const [goals, interview] = result.items;
    expect(goals).toMatchObject({
      kind: 'joplin',
      sourceKey: 'joplin:0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      entryDate: '2022-06-01',
      createdAt: '2022-06-01T08:00:00.000Z',
      tags: ['Portfolio'],
    });
    expect(goals!.body.content?.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'taskList',
      'paragraph',
    ]);
    expect(plainTextOf(goals!.body)).toContain('See the brief and [image: diagram].');
    expect(JSON.stringify(goals!.body)).not.toContain(':/9f8e');
    expect(plainTextOf(interview!.body)).toBe(
      'Interview notes\nAsked about leading a team of designers.\nFollow up & send the deck.',
    );
    // The note in Joplin's trash (the resource is referred to, so it comes in with its note).
    expect(result.leftOut).toBe(1);
  });

  it('puts a note on the local calendar of its creation', () => {
    const items = inTimeZone(
      'America/Los_Angeles',
      () => parseJex(joplinJex(), 'e.jex', now).items,
    );
    expect(items[1]?.entryDate).toBe('2022-07-15');
    const east = inTimeZone('Asia/Kolkata', () => parseJex(joplinJex(), 'e.jex', now).items);
    expect(east[1]?.entryDate).toBe('2022-07-16');
  });

  it('reads HTML notes as text, escaping what Markdown would act on', () => {
    expect(htmlToMarkdownText('<p>a *b*</p><br>c &amp; d')).toBe('a \\*b\\*\n\n\nc & d');
  });

  it('reports an archive that is not a JEX', () => {
    expect(
      parseJex(new TextEncoder().encode('hello'.repeat(200)), 'x.jex', now).problems[0],
    ).toEqual({
      path: 'x.jex',
      reason: 'This is not a tar archive (a Joplin JEX export is one).',
    });
  });
});

describe('reading a chosen source', () => {
  it('reads a folder of notes, reporting the unreadable and leaving out what is not a note', async () => {
    const parsed = await readSource(sourceFilesAt(join(FIXTURES, 'vault')), { now });
    expect(parsed.items.map((item) => item.origin).sort()).toEqual([
      '2024-03-05 Offsite retro.md',
      'Career/Mentoring plan.md',
      'Career/Promotion case.md',
      'Daily/2024-04-02.md',
    ]);
    expect(parsed.problems).toEqual([
      {
        path: 'Broken front matter.md',
        reason: expect.stringMatching(/front matter .* not valid YAML \(line \d\)/),
      },
      { path: 'Old notes/latin1-letter.md', reason: expect.stringMatching(/not UTF-8/) },
    ]);
    // The picture is referred to by the retro, so it comes in; .obsidian is never entered.
    expect(parsed.leftOut).toBe(0);
    const retro = parsed.items.find((item) => item.origin.startsWith('2024-03-05'));
    expect(retro?.tags).toEqual(['retro', 'team/leads']);
    expect(retro?.body.content?.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'bulletList',
      'heading',
      'taskList',
      'blockquote',
      'paragraph',
    ]);
    expect(plainTextOf(retro!.body)).toContain('Linked the notes to my mentoring plan');
    // The embed is a picture now, after the task's own text.
    expect(plainTextOf(retro!.body)).toContain('Send the photos\n');
    expect(JSON.stringify(retro!.body)).toMatch(
      /"type":"image","attrs":\{"src":"attachment:[0-9a-f]{64}"/,
    );
  });

  it('reads a Day One zip without unpacking its photos, and its Journal.json alone', async () => {
    const zipped = await readSource(memoryFiles({ 'export.zip': dayOneZip() }), { now });
    expect(zipped.items).toHaveLength(2);
    expect(zipped.items[0]?.origin).toMatch(/^export\.zip › Journal\.json › entry 1/);
    expect(zipped.leftOut).toBe(1);
    const json = await readSource(memoryFiles({ 'Journal.json': dayOneJson() }), { now });
    expect(json.items.map((item) => item.sourceKey)).toEqual(
      zipped.items.map((item) => item.sourceKey),
    );
  });

  it('reads notes zipped up, and reports a damaged zip', async () => {
    const zip = zipSync({
      'notes/2024-01-02 A.md': new TextEncoder().encode('Alpha'),
      'notes/pic.jpg': new Uint8Array(4),
    });
    const parsed = await readSource(
      memoryFiles({ 'notes.zip': zip, 'bad.zip': new Uint8Array([1, 2, 3]) }),
      { now },
    );
    expect(parsed.items.map((item) => [item.origin, item.sourceKey])).toEqual([
      ['notes.zip › notes/2024-01-02 A.md', 'markdown:notes/2024-01-02 A.md'],
    ]);
    expect(parsed.problems).toEqual([
      { path: 'bad.zip', reason: 'This zip file is damaged or is not a zip file.' },
    ]);
    expect(parsed.leftOut).toBe(1);
  });

  it('reports a note too long to be one entry', async () => {
    const parsed = await readSource(memoryFiles({ 'huge.md': 'a'.repeat(3 * 1024 * 1024) }), {
      now,
    });
    expect(parsed.problems[0]?.reason).toMatch(/too long/);
  });
});
