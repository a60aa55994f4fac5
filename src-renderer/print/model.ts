/**
 * What a printed document contains, worked out from the options and the person's data. Pure: the
 * Export screen's preview and the bare print view build the same model from the same options.
 * Private by default: journal text enters the model only when `includeJournal` is ticked, and only
 * the entries the person picked.
 */
import type {
  AchievementView,
  AboutMe,
  AspirationNode,
  Entry,
  InterviewQuestionId,
  PlanTree,
  PrintOptions,
  ValuesScorecard,
} from '../../src-main/contract';
import { assembleStar } from '../../src-main/shared/achievements/star';
import { resumeLineOf } from '../../src-main/shared/achievements/resume-line';
import { picturesOf, plainTextOf } from '../../src-main/shared/rich-text';
import { composeCoverLetter } from './compose/cover-letter';
import { composeInterviewAnswer } from './compose/interview-answer';
import { buildReviewPack, type ReviewPack } from './compose/review-pack';
import {
  composeAboutYourself,
  composeCareerGoals,
  composeStarAnswer,
  INTERVIEW_QUESTIONS,
  starFromGoal,
  type Star,
} from './compose/interview-answers';
import type { ComposeInput } from './compose/plan-facts';
import { aspirationsForRole } from './compose/target-role';
import { excerptOf } from './text';

/** How much of one journal entry a full plan quotes. */
export const EXCERPT_CHARACTERS = 1200;

export interface JournalExcerpt {
  id: string;
  entryDate: string;
  title: string;
  text: string;
  truncated: boolean;
  /** The entry's pictures (its reference, description and caption), printed after the text. */
  pictures: { src: string; alt: string; caption: string }[];
}

/** At most this many of an entry's pictures are printed with its excerpt. */
export const EXCERPT_PICTURES = 6;
/**
 * An achievement as the documents use it. Made from the achievements record
 * (`achievementInputOf`); with none, the documents fall back to goals reached.
 */
export interface AchievementInput {
  /** The one-line result, e.g. "32 % more demos booked". */
  result: string;
  metric?: number | null;
  unit?: string;
  /** YYYY-MM-DD. */
  happenedOn: string;
  /** The résumé line: an action verb, the result, its number. */
  resumeLine: string;
  aspirationId?: string | null;
  tags?: string[];
}

/** What the documents may carry besides the plan: filled in by the Export screen's queries. */
export interface PrintExtras {
  about?: AboutMe | null;
  /** The achievements record, as `achievements:list` answers. */
  achievements?: readonly AchievementView[];
  /** The STAR story for "an achievement you are proud of"; absent: told from a goal reached. */
  star?: Star | null;
}

export interface InterviewAnswer {
  id: InterviewQuestionId;
  question: string;
  composed: string;
  /** The person's edit, or the composed text. */
  text: string;
}

export interface PrintModel {
  options: PrintOptions;
  /** The person's calendar date the document is dated with. */
  today: string;
  /** The chosen aspirations that still exist, in the person's order. */
  aspirations: AspirationNode[];
  journal: JournalExcerpt[];
  /** The values scorecards of the chosen aspirations, only when "Include values" is ticked. */
  values: ValuesScorecard[];
  /** The paragraph or answer composed from the plan (for the text layouts). */
  composed: string;
  /** What is printed for the text layouts: the person's edit, or the composed text. */
  text: string;
  /** The review pack's achievements by aspiration (only for that layout). */
  review: ReviewPack | null;
  /** The interview layout's answers, "five years" first (its text is `text`). */
  answers: InterviewAnswer[];
  /** The person's name and contact details, only when "About me" is filled in and included. */
  about: AboutMe | null;
  /** Achievements of the chosen aspirations (or unassigned ones), newest first. */
  achievements: AchievementInput[];
}

export function composeInputOf(today: string, aspirations: AspirationNode[]): ComposeInput {
  return { today, aspirations };
}

function targetOf(options: Pick<PrintOptions, 'targetRole' | 'targetOrganisation'>) {
  const role = options.targetRole?.trim() ?? '';
  const organisation = options.targetOrganisation?.trim() ?? '';
  return role || organisation ? { role, organisation } : null;
}

export function composedText(
  layout: PrintOptions['layout'],
  today: string,
  aspirations: AspirationNode[],
  options: Pick<PrintOptions, 'targetRole' | 'targetOrganisation'> = {},
): string {
  if (layout === 'cover-letter') {
    const target = targetOf(options);
    return composeCoverLetter({
      today,
      aspirations: aspirationsForRole(aspirations, target),
      target,
    });
  }
  if (layout === 'interview') return composeInterviewAnswer(composeInputOf(today, aspirations));
  return '';
}

/** The latest goal reached among the chosen aspirations, told as a STAR story. */
export function starFromPlan(aspirations: readonly AspirationNode[]): Star | null {
  const reached = aspirations
    .flatMap((aspiration) =>
      aspiration.goals
        .filter((goal) => goal.status === 'done')
        .map((goal) => ({ goal, aspiration, on: goal.completedOn ?? goal.dueDate })),
    )
    .sort((a, b) => (a.on === b.on ? 0 : a.on > b.on ? -1 : 1));
  const [latest] = reached;
  return latest ? starFromGoal(latest.goal, latest.aspiration) : null;
}

/** Achievements by the day they happened, the newest first. */
const newestFirst = (a: { happenedOn: string }, b: { happenedOn: string }) =>
  a.happenedOn === b.happenedOn ? 0 : a.happenedOn > b.happenedOn ? -1 : 1;

/**
 * The newest achievement of the chosen aspirations, told as a STAR story with its goal; its
 * journal passage is quoted only when the person ticked journal text in. Null when it has no
 * action to tell (no passage allowed, no action plan).
 */
export function starFromAchievements(
  achievements: readonly AchievementView[],
  aspirations: readonly AspirationNode[],
  options: Pick<PrintOptions, 'includeJournal'>,
): Star | null {
  const chosen = new Map(aspirations.map((aspiration) => [aspiration.id, aspiration]));
  const [newest] = achievements
    .filter((item) => item.aspiration && chosen.has(item.aspiration.id))
    .sort(newestFirst);
  if (!newest) return null;
  const aspiration = chosen.get(newest.aspiration!.id)!;
  const goal = aspiration.goals.find((candidate) => candidate.id === newest.goal?.id) ?? null;
  const { situation, task, action, result } = assembleStar({
    achievement: newest,
    goal,
    aspiration,
    includeJournal: options.includeJournal,
  });
  // A story with nothing done in it is not worth telling: the plan's own story of a goal reached
  // (its steps) is told instead.
  if (action.trim() === '') return null;
  return { situation, task, action, result };
}

function interviewAnswers(
  options: PrintOptions,
  today: string,
  aspirations: AspirationNode[],
  fiveYears: { composed: string; text: string },
  star: Star | null,
): InterviewAnswer[] {
  const input = composeInputOf(today, aspirations);
  const composed: Record<InterviewQuestionId, string> = {
    'five-years': fiveYears.composed,
    about: composeAboutYourself(input),
    goals: composeCareerGoals(input),
    achievement: composeStarAnswer(star),
  };
  return INTERVIEW_QUESTIONS.map(({ id, question }) => {
    const edited = id === 'five-years' ? options.text : (options.answers?.[id] ?? null);
    const drafted = composed[id];
    return { id, question, composed: drafted, text: edited ?? drafted };
  });
}

export function excerptOfEntry(entry: Entry): JournalExcerpt {
  // The title is the entry's first line: print it once, as the title.
  // Pictures are printed themselves, so their descriptions are not repeated as text.
  const lines = plainTextOf(entry.body, { prose: true }).split('\n');
  const body = lines[0]?.trim() === entry.title.trim() ? lines.slice(1) : lines;
  const { text, truncated } = excerptOf(body.join('\n'), EXCERPT_CHARACTERS);
  const pictures = picturesOf(entry.body).slice(0, EXCERPT_PICTURES);
  return {
    id: entry.id,
    entryDate: entry.entryDate,
    title: entry.title,
    text,
    truncated,
    pictures,
  };
}

/** An achievement from the record as the documents use it: its résumé line as the person sees it. */
export function achievementInputOf(view: AchievementView): AchievementInput {
  return {
    result: view.result,
    metric: view.metricValue,
    unit: view.metricUnit,
    happenedOn: view.happenedOn,
    resumeLine: resumeLineOf({
      ...view,
      goalTitle: view.goal?.title ?? null,
      aspirationTitle: view.aspiration?.title ?? null,
    }),
    aspirationId: view.aspiration?.id ?? view.aspirationId,
    tags: view.tags,
  };
}

export function buildPrintModel(
  options: PrintOptions,
  tree: PlanTree,
  entries: readonly Entry[],
  values: readonly ValuesScorecard[] = [],
  extras: PrintExtras = {},
): PrintModel {
  const chosen = new Set(options.aspirationIds);
  const aspirations = tree.aspirations.filter((aspiration) => chosen.has(aspiration.id));
  const picked = new Set(options.journalEntryIds);
  const journal =
    options.layout === 'full' && options.includeJournal
      ? entries
          .filter((entry) => picked.has(entry.id) && entry.deletedAt === null)
          .sort((a, b) => (a.entryDate < b.entryDate ? -1 : a.entryDate > b.entryDate ? 1 : 0))
          .map(excerptOfEntry)
      : [];
  const composed = composedText(options.layout, tree.today, aspirations, options);
  const text = options.text ?? composed;
  const answers =
    options.layout === 'interview'
      ? interviewAnswers(
          options,
          tree.today,
          aspirations,
          { composed, text },
          extras.star !== undefined
            ? extras.star
            : (starFromAchievements(extras.achievements ?? [], aspirations, options) ??
                starFromPlan(aspirations)),
        )
      : [];
  const about = options.includeContact && extras.about ? extras.about : null;
  const achievements = (extras.achievements ?? [])
    .map(achievementInputOf)
    .filter((item) => !item.aspirationId || chosen.has(item.aspirationId))
    .sort(newestFirst);
  const scorecards =
    options.layout === 'full' && options.includeValues
      ? values.filter((card) => chosen.has(card.aspiration.id) && card.latest !== null)
      : [];
  return {
    options,
    today: tree.today,
    aspirations,
    journal,
    values: scorecards,
    composed,
    text,
    answers,
    about,
    achievements,
    review:
      options.layout === 'review-pack'
        ? buildReviewPack(options, tree.today, aspirations, extras.achievements ?? [])
        : null,
  };
}
