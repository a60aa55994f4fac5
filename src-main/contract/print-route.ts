/**
 * The print view's address: `#/print/<options>`, the options as a query string. The Export
 * screen, the desktop's hidden print window and the tests all open the print view this way, so
 * the same options always give the same document. No Node and no Electron: both processes use it.
 */
import { printOptions, type PrintOptions } from './export';

export const PRINT_SCREEN = 'print';

/** The options as a query string (without `?`). */
export function printQuery(options: PrintOptions): string {
  const query = new URLSearchParams();
  query.set('layout', options.layout);
  query.set('paper', options.paper);
  if (options.name) query.set('name', options.name);
  for (const id of options.aspirationIds) query.append('aspiration', id);
  if (options.includeTimeline) query.set('timeline', '1');
  if (options.includeValues) query.set('values', '1');
  if (options.includeJournal) query.set('journal', '1');
  for (const id of options.journalEntryIds) query.append('entry', id);
  if (options.text !== null) query.set('text', options.text);
  if (options.reviewFrom) query.set('from', options.reviewFrom);
  if (options.reviewTo) query.set('to', options.reviewTo);
  if (options.targetRole) query.set('role', options.targetRole);
  if (options.targetOrganisation) query.set('organisation', options.targetOrganisation);
  for (const [question, answer] of Object.entries(options.answers ?? {})) {
    if (typeof answer === 'string') query.set(`answer.${question}`, answer);
  }
  if (options.includeContact) query.set('contact', '1');
  return query.toString();
}

/** The hash that opens the print view with these options. */
export function printHash(options: PrintOptions): string {
  return `#/${PRINT_SCREEN}/${encodeURIComponent(printQuery(options))}`;
}

/** Reads a query made by `printQuery`; a query that does not describe a document is refused. */
export function parsePrintQuery(
  query: string,
): { ok: true; options: PrintOptions } | { ok: false; error: string } {
  const params = new URLSearchParams(query);
  const parsed = printOptions.safeParse({
    layout: params.get('layout') ?? 'full',
    paper: params.get('paper') ?? 'a4',
    name: params.get('name') ?? '',
    aspirationIds: params.getAll('aspiration'),
    includeTimeline: params.get('timeline') === '1',
    includeValues: params.get('values') === '1',
    includeJournal: params.get('journal') === '1',
    journalEntryIds: params.getAll('entry'),
    text: params.get('text'),
    reviewFrom: params.get('from') ?? undefined,
    reviewTo: params.get('to') ?? undefined,
    targetRole: params.get('role') ?? '',
    targetOrganisation: params.get('organisation') ?? '',
    answers: {
      about: params.get('answer.about'),
      goals: params.get('answer.goals'),
      achievement: params.get('answer.achievement'),
    },
    includeContact: params.get('contact') === '1',
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `This print address is not valid (${issue?.path.join('.') || 'options'}): ${issue?.message ?? 'unknown problem'}`,
  };
}

/**
 * The print view reports on `<html>` whether it has finished laying out its pages: `loading`,
 * `ready` (fonts loaded, pages final) or `error` (the message in `data-print-error`). The desktop's
 * hidden print window and the tests wait for `ready` before printing.
 */
export const PRINT_STATE_ATTRIBUTE = 'data-print-state';
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';
export type PrintState = 'loading' | 'ready' | 'error';
