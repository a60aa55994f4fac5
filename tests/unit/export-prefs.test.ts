import { describe, expect, it } from 'vitest';
import type { PrintOptions } from '../../src-main/contract/export';
import { createAppRouter } from '../../src-main/core/all-handlers';
import type { PdfHost } from '../../src-main/core/context';
import {
  defaultExportPrefs,
  defaultPaper,
  EXPORT_PREFS_KEY,
  readExportPrefs,
} from '../../src-main/export/prefs';
import { parsePrintQuery, printHash, printQuery } from '../../src-main/contract/print-route';
import { tempJournal, totalChanges } from './helpers';

const OPTIONS: PrintOptions = {
  layout: 'summary',
  paper: 'letter',
  name: 'Sam Rivera & co = "quoted"',
  aspirationIds: ['a-1', 'a-2'],
  includeTimeline: true,
  includeValues: false,
  includeJournal: true,
  journalEntryIds: ['e-1'],
  text: 'Line one.\n\nLine two, with ?&#= characters.',
  targetRole: 'Design lead & co',
  targetOrganisation: 'Acme = "Ltd"',
  answers: { about: 'About me?&', goals: null, achievement: null },
  includeContact: true,
};

describe('export preferences', () => {
  it('start private: no journal, no values, every active aspiration', async () => {
    const router = createAppRouter(tempJournal());
    const result = await router.call('export:prefs', {});
    // Private: nothing from the journal or the values checks, and every active aspiration.
    const privacy = { includeJournal: false, journalEntryIds: [], includeValues: false };
    expect(result).toMatchObject({ ok: true, value: { ...privacy, aspirationIds: null } });
    // The full layout with its timeline, and no name, letter or interview text until one is written.
    const blank = { name: '', coverLetterText: null, interviewText: null };
    expect(result).toMatchObject({ value: { layout: 'full', includeTimeline: true, ...blank } });
  });

  it('are kept in the journal, edits included, and come back after reopening', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const prefs = {
      ...defaultExportPrefs(),
      layout: 'cover-letter' as const,
      name: 'Sam Rivera',
      aspirationIds: ['a-1'],
      includeJournal: true,
      journalEntryIds: ['e-1', 'e-2'],
      coverLetterText: 'My own paragraph.',
    };
    expect(await router.call('export:savePrefs', prefs)).toEqual({ ok: true, value: prefs });
    expect(readExportPrefs(ctx.db)).toEqual(prefs);
    const row = ctx.db
      .prepare('SELECT value FROM settings WHERE key = ?')
      .get(EXPORT_PREFS_KEY) as {
      value: string;
    };
    expect(JSON.parse(row.value)).toEqual(prefs);
  });

  it('fall back field by field when the stored value is damaged, never opting in', () => {
    const ctx = tempJournal();
    ctx.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
      .run(
        EXPORT_PREFS_KEY,
        JSON.stringify({ layout: 'poster', name: 'Sam', includeJournal: 'yes', paper: 'a4' }),
      );
    const prefs = readExportPrefs(ctx.db);
    expect(prefs.layout).toBe('full');
    expect(prefs.name).toBe('Sam');
    expect(prefs.paper).toBe('a4');
    expect(prefs.includeJournal).toBe(false);
    ctx.db
      .prepare('UPDATE settings SET value = ? WHERE key = ?')
      .run('{not json', EXPORT_PREFS_KEY);
    expect(readExportPrefs(ctx.db).includeJournal).toBe(false);
  });

  it('refuse an edited text longer than 4,000 characters, writing nothing', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    const before = totalChanges(ctx);
    const result = await router.call('export:savePrefs', {
      ...defaultExportPrefs(),
      interviewText: 'x'.repeat(4001),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'interviewText' }] },
    });
    expect(totalChanges(ctx)).toBe(before);
  });

  it('choose Letter where it is the usual paper and A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('es-MX')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('de')).toBe('a4');
    expect(defaultPaper('zh-Hans-CN')).toBe('a4');
  });
});

describe('saving a PDF file', () => {
  it('is refused in the browser edition, which prints through the browser instead', async () => {
    const router = createAppRouter(tempJournal());
    for (const [channel, payload] of [
      ['export:savePdf', { options: OPTIONS, fileName: 'Career plan' }],
      ['export:showInFolder', { path: '/tmp/plan.pdf' }],
    ] as const) {
      const result = await router.call(channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      if (!result.ok) expect(result.error.message).toMatch(/print dialog/);
    }
  });

  it('goes to the desktop host with the options as sent', async () => {
    const requests: unknown[] = [];
    const pdf: PdfHost = {
      savePdf: async (request) => {
        requests.push(request);
        return { ok: true, path: '/home/sam/Career plan.pdf' };
      },
      showInFolder: () => ({ shown: true }),
    };
    const router = createAppRouter({ ...tempJournal(), pdf });
    const result = await router.call('export:savePdf', { options: OPTIONS, fileName: 'Plan' });
    expect(result).toEqual({ ok: true, value: { ok: true, path: '/home/sam/Career plan.pdf' } });
    expect(requests).toEqual([{ options: OPTIONS, fileName: 'Plan' }]);
  });
});

describe('the print view’s address', () => {
  it('carries every option there and back, whatever the text holds', () => {
    expect(parsePrintQuery(printQuery(OPTIONS))).toEqual({ ok: true, options: OPTIONS });
    const hash = printHash(OPTIONS);
    expect(hash.startsWith('#/print/')).toBe(true);
    const query = decodeURIComponent(hash.slice('#/print/'.length));
    expect(parsePrintQuery(query)).toEqual({ ok: true, options: OPTIONS });
  });

  it('defaults to private: no journal unless the address asks for it', () => {
    const parsed = parsePrintQuery('layout=full&paper=a4&aspiration=a-1&entry=e-1');
    expect(parsed).toMatchObject({
      ok: true,
      options: { includeJournal: false, includeValues: false, includeTimeline: false, text: null },
    });
  });

  it('refuses an address that does not describe a document', () => {
    expect(parsePrintQuery('layout=poster')).toMatchObject({ ok: false });
    expect(parsePrintQuery(`layout=full&name=${'x'.repeat(200)}`)).toMatchObject({ ok: false });
  });
});
