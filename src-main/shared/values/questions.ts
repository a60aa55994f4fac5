/**
 * The values check: eight questions to test an aspiration against what matters to the person,
 * after the evaluation list in the domain article, in our own words. Shared by the main process
 * (scores, drift, the prefilled reflection) and the window (the form, the scorecard).
 *
 * Keys are stored in the database: never rename or reuse one. Wording may change freely.
 */
export const VALUES_QUESTION_KEYS = [
  'independence',
  'confidence',
  'passion',
  'honesty',
  'realism',
  'goalsApart',
  'growth',
  'excitementFear',
] as const;

export type ValuesQuestionKey = (typeof VALUES_QUESTION_KEYS)[number];

export const VALUES_ANSWERS = ['yes', 'partly', 'no'] as const;
export type ValuesAnswerValue = (typeof VALUES_ANSWERS)[number];

export const ANSWER_WORDS: Record<ValuesAnswerValue, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
};

export interface ValuesQuestion {
  key: ValuesQuestionKey;
  /** A few words for scorecards, charts and sentences ("Passion went from Yes to Partly"). */
  label: string;
  /** The question as the form asks it; also the radio group's accessible name. */
  question: string;
  /** One line under the question: what a yes would look like. */
  hint: string;
  /** What to write about when the answer was not a clear yes (the prefilled reflection). */
  prompt: string;
}

export const VALUES_QUESTIONS: readonly ValuesQuestion[] = [
  {
    key: 'independence',
    label: 'Independence and security',
    question: 'Would reaching this aspiration leave you independent and on secure ground?',
    hint: 'Think of money, stability, and how much of your working life would be yours to decide.',
    prompt: 'Where would you still depend on others, or feel exposed, once you got there?',
  },
  {
    key: 'confidence',
    label: 'Self-confidence and self-worth',
    question: 'Does working towards it build your confidence and your sense of your own worth?',
    hint: 'Does the path make you feel more capable, or does it ask you to be someone you are not?',
    prompt: 'When does this aspiration make you doubt yourself, and what would change that?',
  },
  {
    key: 'passion',
    label: 'Passion',
    question: 'Does it grow out of something you truly love doing?',
    hint: 'Would you still want it if nobody else noticed you had reached it?',
    prompt: 'Which part of this do you actually enjoy, and which part are you doing for others?',
  },
  {
    key: 'honesty',
    label: 'Honesty with yourself',
    question: 'Were you truthful with yourself when you set it?',
    hint: 'Is this what you want, rather than what you think you should want?',
    prompt: 'What did you leave out or soften when you wrote this aspiration down?',
  },
  {
    key: 'realism',
    label: 'Realism',
    question: 'Is it within reach, given your time, your means and your other priorities?',
    hint: 'Not easy — possible, with the goals you have planned and the life you have.',
    prompt: 'What stands between you and this, and what would you have to let go of to make room?',
  },
  {
    key: 'goalsApart',
    label: 'Goals kept apart',
    question: 'Have you kept the concrete goals separate from the aspiration itself?',
    hint: 'The aspiration is where you want to end up; goals are the dated steps that lead there.',
    prompt: 'Which of your goals are really the aspiration in disguise, or the other way round?',
  },
  {
    key: 'growth',
    label: 'Personal growth',
    question: 'Will you grow as a person along the way?',
    hint: 'New skills, new people, new ways of seeing your work — not only a new title.',
    prompt: 'What would you like to learn or become on the way, and does this path offer it?',
  },
  {
    key: 'excitementFear',
    label: 'Excitement and fear',
    question: 'Does it excite you — and scare you a little, in a way that pulls you forward?',
    hint: 'Both are signals: excitement says it matters, a little fear says it will stretch you.',
    prompt: 'What excites you about this, what frightens you, and which of the two is winning?',
  },
];

export const QUESTION_BY_KEY: Readonly<Record<ValuesQuestionKey, ValuesQuestion>> =
  Object.fromEntries(VALUES_QUESTIONS.map((question) => [question.key, question])) as Record<
    ValuesQuestionKey,
    ValuesQuestion
  >;

/** The two 1–5 ratings asked with the last question. */
export const RATING_SCALES = {
  excitement: {
    label: 'Excitement',
    question: 'How much does it excite you?',
    low: 'not at all',
    high: 'enormously',
  },
  fear: {
    label: 'Fear',
    question: 'How much does it scare you?',
    low: 'not at all',
    high: 'a great deal',
  },
} as const;

export type RatingKey = keyof typeof RATING_SCALES;

/** The nudge's interval when the person has not chosen one. */
export const DEFAULT_NUDGE_DAYS = 90;
