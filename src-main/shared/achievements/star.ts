/**
 * "Tell me about an achievement you are proud of", in STAR order (situation, task, action, result),
 * assembled from an achievement, the journal text it was marked in and the goal it served. Pure and
 * by fixed rules. Journal text is the person's private writing: pass `passage`/`entryText` only
 * when they have ticked to include it; without them the action comes from the goal's plan.
 */
import { monthYear } from '../date-words';
import { resumeLineOf } from './resume-line';

export interface StarInput {
  achievement: {
    result: string;
    metricValue: number | null;
    metricUnit: string;
    /** YYYY-MM-DD */
    happenedOn: string;
    /** The person's own résumé line, or null for the draft. */
    resumeLine: string | null;
    /** The marked passage (plain text); empty when the whole entry was marked. */
    passage: string;
  };
  /** The entry's plain text, read when the passage is empty. Leave out to keep journal text out. */
  entryText?: string | null;
  goal?: {
    title: string;
    specificWhat: string;
    specificWhy: string;
    obstacles: string;
    actionPlan: string;
  } | null;
  aspiration?: { title: string } | null;
  /** Whether journal text may be quoted (the export's "include journal" tick). Default false. */
  includeJournal?: boolean;
}

export interface StarAnswer {
  situation: string;
  task: string;
  action: string;
  result: string;
  /** The four parts as one spoken paragraph. */
  text: string;
}

/** How many words of journal text the action quotes: about fifteen seconds spoken. */
export const STAR_ACTION_WORDS = 45;

const clean = (text: string) => text.trim().replace(/\s+/g, ' ');
const sentence = (text: string) => {
  const trimmed = clean(text).replace(/[\s,;:]+$/, '');
  if (trimmed === '') return '';
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};
// "I" and acronyms (NPS) keep their capital.
const lowerFirst = (text: string) =>
  /^([A-Z]{2,}|I\b)/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
const quoted = (title: string) => `“${clean(title).replace(/[.!]$/, '')}”`;

/** The first sentence of a text (up to the first full stop), for a one-line context. */
export function firstSentence(text: string): string {
  const flat = clean(text);
  const match = /^.*?[.!?](\s|$)/.exec(flat);
  return sentence(match ? match[0] : flat);
}

/** Whole sentences up to `limit` words; a single longer sentence is cut with "…". */
function opening(text: string, limit: number): string {
  const sentences = clean(text).match(/[^.!?]+[.!?]*/g) ?? [];
  const kept: string[] = [];
  let count = 0;
  for (const part of sentences) {
    const n = part.trim().split(' ').length;
    if (kept.length > 0 && count + n > limit) break;
    kept.push(part.trim());
    count += n;
  }
  const joined = kept.join(' ');
  const words = joined.split(' ');
  return words.length > limit ? `${words.slice(0, limit).join(' ')}…` : sentence(joined);
}

export function assembleStar(input: StarInput): StarAnswer {
  const { achievement, goal, aspiration } = input;
  const when = monthYear(achievement.happenedOn);
  const situationParts = [
    aspiration ? `In ${when}, I was working towards ${quoted(aspiration.title)}.` : '',
    goal?.obstacles.trim() ? `The hard part: ${lowerFirst(firstSentence(goal.obstacles))}` : '',
  ].filter(Boolean);
  const situation = situationParts.length > 0 ? situationParts.join(' ') : `This was in ${when}.`;

  const task = goal
    ? [
        `My goal was ${quoted(goal.title)}.`,
        goal.specificWhy.trim()
          ? `It mattered to me because ${lowerFirst(firstSentence(goal.specificWhy))}`
          : '',
      ]
        .filter(Boolean)
        .join(' ')
    : `I set out to get this done: ${lowerFirst(sentence(achievement.result))}`;

  const journal = input.includeJournal
    ? achievement.passage.trim() || (input.entryText ?? '').trim()
    : '';
  const action = journal
    ? opening(journal, STAR_ACTION_WORDS)
    : goal?.actionPlan.trim()
      ? `My plan: ${lowerFirst(opening(goal.actionPlan, STAR_ACTION_WORDS))}`
      : goal?.specificWhat.trim()
        ? opening(goal.specificWhat, STAR_ACTION_WORDS)
        : '';

  const result = sentence(
    resumeLineOf({ ...achievement, goalTitle: goal?.title, aspirationTitle: aspiration?.title }),
  );
  const text = [situation, task, action, result].filter(Boolean).join(' ');
  return { situation, task, action, result, text };
}
