import { ApiError } from '../contract/errors';
import type { exportContract } from '../contract/export';
import type { AppContext } from '../core/context';
import type { HandlersFor } from '../core/handlers';
import { readAboutMe, saveAboutMe } from './about-me';
import { readExportPrefs, saveExportPrefs } from './prefs';

/** Saving a PDF file needs the desktop host; the browser edition prints through the browser instead. */
function pdfHost(ctx: AppContext): NonNullable<AppContext['pdf']> {
  if (ctx.pdf) return ctx.pdf;
  throw new ApiError(
    'unsupported',
    'The browser edition saves a PDF through your browser’s print dialog: choose “Save as PDF” there.',
  );
}

export const exportHandlers = {
  'export:aboutMe': (ctx) => readAboutMe(ctx.db),
  'export:saveAboutMe': (ctx, input) => saveAboutMe(ctx.db, input),
  'export:prefs': (ctx) => readExportPrefs(ctx.db),
  'export:savePrefs': (ctx, input) => saveExportPrefs(ctx.db, input),
  'export:savePdf': (ctx, input) => pdfHost(ctx).savePdf(input),
  'export:showInFolder': (ctx, input) => pdfHost(ctx).showInFolder(input.path),
} satisfies HandlersFor<typeof exportContract>;
