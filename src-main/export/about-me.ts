/**
 * "About me": the person's name and contact details for the documents' headers and JSON Resume,
 * kept in the journal's `settings` table. The name is the one the Export screen prints (kept under
 * the export preferences since before "About me" existed), so there is one name, edited in either
 * place.
 */
import { aboutMe, EMPTY_ABOUT_ME, type AboutMe } from '../contract/about-me';
import type { Db } from '../db/open';
import { ABOUT_ME_KEY, EXPORT_PREFS_KEY } from './keys';
import { settingsRepository } from '../db/settings';

export { ABOUT_ME_KEY };

function storedExportPrefs(db: Db): Record<string, unknown> | null {
  const stored = settingsRepository(db).read(EXPORT_PREFS_KEY);
  return stored !== null && typeof stored === 'object' && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : null;
}

/** The kept details; a damaged or foreign field falls back to empty on its own. */
export function readAboutMe(db: Db): AboutMe {
  const stored = settingsRepository(db).read(ABOUT_ME_KEY);
  const record =
    stored !== null && typeof stored === 'object' && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  const result: Record<string, unknown> = { ...EMPTY_ABOUT_ME };
  const fields = aboutMe.shape;
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = fields[key].safeParse(record[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  const name = storedExportPrefs(db)?.name;
  result.name = typeof name === 'string' ? name.trim().slice(0, 120) : '';
  return result as unknown as AboutMe;
}

export function writeAboutMeName(db: Db, name: string): void {
  const repository = settingsRepository(db);
  const stored = repository.read(ABOUT_ME_KEY);
  const record =
    stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  repository.write(ABOUT_ME_KEY, { ...record, name });
}

export function saveAboutMe(db: Db, about: AboutMe): AboutMe {
  const repository = settingsRepository(db);
  db.transaction(() => {
    repository.write(ABOUT_ME_KEY, about);
    repository.write(EXPORT_PREFS_KEY, { ...(storedExportPrefs(db) ?? {}), name: about.name });
  })();
  return readAboutMe(db);
}
