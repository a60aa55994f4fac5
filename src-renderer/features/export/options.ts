import type { ExportLayout, ExportPrefs, PlanTree, PrintOptions } from '../../../src-main/contract';
import { VALUES_AVAILABLE } from '../../print/sections/ValuesSection';

export const LAYOUTS: { id: ExportLayout; label: string; hint: string }[] = [
  {
    id: 'full',
    label: 'Full plan',
    hint: 'Every chosen aspiration with its goals, SMART details, steps and timeline.',
  },
  {
    id: 'summary',
    label: 'One-page summary',
    hint: 'One page to inform a résumé: your objective, goals ahead and what you achieved.',
  },
  {
    id: 'cover-letter',
    label: 'Cover-letter paragraph',
    hint: 'A short paragraph drafted from your plan, for you to make your own.',
  },
  {
    id: 'interview',
    label: 'Interview answers',
    hint: 'Spoken answers to four common questions, with how long each takes to say.',
  },
  {
    id: 'review-pack',
    label: 'Review pack',
    hint: 'Your achievements over a period, by aspiration, with the goals they moved: for a performance review or a promotion case.',
  },
];

/** The export preferences set by a tick box. */
export type TickPref =
  'includeContact' | 'includeTimeline' | 'includeValues' | 'includeJournal' | 'reviewPassages';

/**
 * Each tick box's words, and the hint that says what ticking it lets out of the app. An
 * `unavailable` box is shown unticked and disabled, its hint saying why.
 */
export const TICKS: Record<TickPref, { label: string; hint?: string; unavailable?: boolean }> = {
  includeContact: {
    label: 'Include my contact details',
    hint: 'E-mail, phone, location and links from About me in Settings, under your name.',
  },
  includeTimeline: { label: 'Include timeline' },
  includeValues: {
    label: 'Include values',
    ...(VALUES_AVAILABLE ? {} : { unavailable: true, hint: 'Available once values checks exist.' }),
  },
  includeJournal: {
    label: 'Include journal excerpts',
    hint: 'Private by default: nothing from your journal is exported unless you tick this and pick entries.',
  },
  reviewPassages: {
    label: 'Include journal passages',
    hint: 'Private by default: the passages you marked stay out unless you tick this.',
  },
};

/** The aspirations a document covers: the person's choice, or every active one until they choose. */
export function chosenAspirationIds(prefs: ExportPrefs, tree: PlanTree | undefined): string[] {
  if (!tree) return [];
  if (prefs.aspirationIds === null) {
    return tree.aspirations.filter((a) => a.status === 'active').map((a) => a.id);
  }
  const live = new Set(tree.aspirations.map((aspiration) => aspiration.id));
  return prefs.aspirationIds.filter((id) => live.has(id));
}

/** The person's edit of the current layout's text; null while they have not edited it. */
export function editedText(prefs: ExportPrefs): string | null {
  if (prefs.layout === 'cover-letter') return prefs.coverLetterText;
  if (prefs.layout === 'interview') return prefs.interviewText;
  return null;
}

export function printOptionsOf(prefs: ExportPrefs, tree: PlanTree | undefined): PrintOptions {
  return {
    layout: prefs.layout,
    paper: prefs.paper,
    name: prefs.name.trim(),
    aspirationIds: chosenAspirationIds(prefs, tree),
    includeTimeline: prefs.includeTimeline,
    includeValues: VALUES_AVAILABLE && prefs.includeValues,
    includeJournal: prefs.includeJournal,
    journalEntryIds: prefs.includeJournal ? prefs.journalEntryIds : [],
    text: editedText(prefs),
    targetRole: prefs.targetRole.trim(),
    targetOrganisation: prefs.targetOrganisation.trim(),
    answers: prefs.layout === 'interview' ? prefs.interviewAnswers : {},
    includeContact: prefs.includeContact,
    ...reviewOptionsOf(prefs),
  };
}

/** The review pack's period, and its journal passages only when the person ticked them. */
function reviewOptionsOf(prefs: ExportPrefs): Partial<PrintOptions> {
  if (prefs.layout !== 'review-pack') return {};
  return {
    includeJournal: prefs.reviewPassages,
    journalEntryIds: [],
    ...(prefs.reviewFrom ? { reviewFrom: prefs.reviewFrom } : {}),
    ...(prefs.reviewTo ? { reviewTo: prefs.reviewTo } : {}),
  };
}

/** "Career plan - Sam Rivera - 2026-01-15.pdf" without the extension. */
export function suggestedFileName(title: string, name: string, today: string): string {
  return [title, name.trim(), today].filter(Boolean).join(' - ');
}
