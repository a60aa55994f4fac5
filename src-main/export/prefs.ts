/**
 * The Export screen's choices, kept in the journal's `settings` table under one key, so a person
 * finds their layout, options and edited paragraph as they left them. Private by default: nothing
 * from the journal, and no values notes, until the person ticks them.
 */
import { exportPrefs, type ExportPrefs, type PaperSize } from '../contract/export';
import type { Db } from '../db/open';
import { writeAboutMeName } from './about-me';
import { EXPORT_PREFS_KEY } from './keys';
import { settingsRepository } from '../db/settings';

export { EXPORT_PREFS_KEY };

/** Letter where it is the usual paper (the Americas' letter countries and the Philippines), A4 elsewhere. */
export function defaultPaper(locale: string): PaperSize {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE'].includes(region) ? 'letter' : 'a4';
}

export function defaultExportPrefs(
  locale = Intl.DateTimeFormat().resolvedOptions().locale,
): ExportPrefs {
  return {
    layout: 'full',
    paper: defaultPaper(locale),
    name: '',
    aspirationIds: null,
    includeTimeline: true,
    includeValues: false,
    includeJournal: false,
    journalEntryIds: [],
    coverLetterText: null,
    interviewText: null,
    reviewFrom: null,
    reviewTo: null,
    reviewPassages: false,
    interviewAnswers: {},
    targetRole: '',
    targetOrganisation: '',
    includeContact: true,
  };
}

/**
 * The kept choices. A value written by an older or newer Waymark, or damaged, falls back field by
 * field to the default, so one bad field never loses the rest (and never opts into anything).
 */
export function readExportPrefs(db: Db): ExportPrefs {
  const defaults = defaultExportPrefs();
  const stored = settingsRepository(db).read(EXPORT_PREFS_KEY);
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return defaults;
  const fields = exportPrefs.shape;
  const result: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = fields[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as unknown as ExportPrefs;
}

export function saveExportPrefs(db: Db, prefs: ExportPrefs): ExportPrefs {
  const before = readExportPrefs(db);
  db.transaction(() => {
    settingsRepository(db).write(EXPORT_PREFS_KEY, prefs);
    // One name: the name typed on the Export screen is the name in "About me".
    if (prefs.name !== before.name) writeAboutMeName(db, prefs.name);
  })();
  return readExportPrefs(db);
}
