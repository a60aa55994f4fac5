import type { AppContext } from '../../src-main/core/context';
import type { Entry } from '../../src-main/contract';
import { createEntry } from '../../src-main/journal/service';
import { docFromParagraphs } from '../../src-main/shared/rich-text';

/** A small, realistic journal: the kind of entries a person planning a career writes. */
export const CORPUS = {
  mentorTitle: {
    date: '2025-03-02',
    paragraphs: [
      'Mentor call with Dana',
      'We went through my portfolio. She thinks the packaging work is the strongest piece.',
      'Next: ask about the associate art director opening.',
    ],
  },
  mentorBody: {
    date: '2025-02-14',
    paragraphs: [
      'Quarterly check-in',
      'Two pitches won out of five. My mentor says I should present more often, not only prepare the decks.',
    ],
  },
  mentorMany: {
    date: '2025-01-20',
    paragraphs: [
      'Looking for guidance',
      'I want a mentor. A mentor from outside the agency, maybe a mentor from the association.',
    ],
  },
  cafe: {
    date: '2024-11-05',
    paragraphs: [
      'Café meeting with the recruiter',
      'We met at the café near the station and talked about my résumé and the naïve plan I had at twenty.',
    ],
  },
  awards: {
    date: '2024-10-01',
    paragraphs: [
      'Award entries',
      'Submitted two campaigns to the international competition. The deadline was tight but we made it.',
    ],
  },
  network: {
    date: '2024-09-12',
    paragraphs: [
      'Networking evening',
      'Joined the creative directors association. Met three people from agencies I admire.',
    ],
  },
  masters: {
    date: '2024-08-30',
    paragraphs: [
      'Should I do a master’s degree?',
      'A degree costs two years of evenings. Close mentorship might teach me more, faster.',
    ],
  },
  doubts: {
    date: '2024-07-18',
    paragraphs: [
      'Doubts',
      'Does the creative director aspiration still excite me? It scares me a little, which may be good.',
    ],
  },
  salary: {
    date: '2024-06-03',
    paragraphs: [
      'Salary talk',
      'Asked for a raise. The answer was: after the next promotion round. Noted the date.',
    ],
  },
  pitch: {
    date: '2024-05-22',
    paragraphs: [
      'Pitch practice',
      'Practised the pitch out loud three times. Timing is better; the opening is still weak.',
    ],
  },
  portfolio: {
    date: '2024-04-02',
    paragraphs: [
      'Portfolio review',
      'Removed the oldest projects. The portfolio is shorter and sharper now.',
    ],
  },
  unicode: {
    date: '2024-03-15',
    paragraphs: ['Über Zürich und São Paulo', 'Straße, façade, Ångström, 東京 and Ελλάδα.'],
  },
} satisfies Record<string, { date: string; paragraphs: string[] }>;

export type CorpusKey = keyof typeof CORPUS;

/** Writes the corpus through the journal service; returns each entry by its key. */
export function seedCorpus(ctx: AppContext): Record<CorpusKey, Entry> {
  const entries = {} as Record<CorpusKey, Entry>;
  for (const [key, value] of Object.entries(CORPUS)) {
    entries[key as CorpusKey] = createEntry(ctx.db, {
      entryDate: value.date,
      body: docFromParagraphs(value.paragraphs),
    });
  }
  return entries;
}
