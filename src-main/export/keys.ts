/** Where the export domain keeps its values in the journal's `settings` table. */
export const EXPORT_PREFS_KEY = 'export.preferences';
export const ABOUT_ME_KEY = 'profile.about';
