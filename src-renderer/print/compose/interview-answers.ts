/**
 * The interview answers besides "Where do you see yourself in five years?" (interview-answer.ts):
 * "Tell me about yourself", "What are your career goals?" and "Tell me about an achievement you are
 * proud of" (told as STAR: situation, task, action, result). Drafted from the person's own plan with
 * fixed rules, to be rewritten in their own words; meant to be said aloud, so contractions.
 */
import type { GoalNode, InterviewQuestionId } from '../../../src-main/contract';
import { aheadClause, otherAspirationSentence, reachedClause } from './cover-letter';
import {
  planFacts,
  type ComposeAspiration,
  type ComposeGoal,
  type ComposeInput,
} from './plan-facts';
import { inSentence, joinList, measuredResult, monthYear, toInfinitive, yearOf } from './words';

export const INTERVIEW_QUESTIONS: readonly { id: InterviewQuestionId; question: string }[] = [
  { id: 'five-years', question: 'Where do you see yourself in five years?' },
  { id: 'about', question: 'Tell me about yourself.' },
  { id: 'goals', question: 'What are your career goals?' },
  { id: 'achievement', question: 'Tell me about an achievement you are proud of.' },
];

/** The four parts of a STAR answer, each a phrase or sentence of the person's own story. */
export interface Star {
  situation: string;
  task: string;
  action: string;
  result: string;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capital = `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}`;
  return /[.!?…]$/u.test(capital) ? capital : `${capital}.`;
}

/** A STAR answer in four short paragraphs' worth of sentences; empty parts are left out. */
export function composeStarAnswer(star: Star | null): string {
  if (!star) return '';
  const parts = [
    star.situation.trim() ? sentence(star.situation) : '',
    star.task.trim() ? `My task: ${sentence(inSentence(star.task))}` : '',
    star.action.trim() ? `What I did: ${sentence(inSentence(star.action))}` : '',
    star.result.trim() ? `The result: ${sentence(inSentence(star.result))}` : '',
  ].filter((part) => part !== '');
  return parts.join(' ');
}

/** A goal as a STAR story reads it: what the composed texts read, and why, how and its steps. */
export type StarGoal = ComposeGoal &
  Pick<GoalNode, 'specificWhy' | 'obstacles' | 'actionPlan'> & {
    steps: { text: string; done: boolean }[];
  };

/**
 * A STAR story from a goal the person reached: the stand-in until achievements carry their own
 * situation and action. The situation is the aspiration, the task the goal and why it mattered, the
 * action the plan and the steps done, the result the date and the measured outcome.
 */
export function starFromGoal(goal: StarGoal, aspiration: Pick<ComposeAspiration, 'title'>): Star {
  const why = goal.specificWhy.trim() ? `, because ${inSentence(goal.specificWhy)}` : '';
  const obstacle = goal.obstacles.trim() ? `The hard part was ${inSentence(goal.obstacles)}. ` : '';
  const done = goal.steps.filter((step) => step.done).map((step) => inSentence(step.text));
  const action = goal.actionPlan.trim()
    ? inSentence(goal.actionPlan)
    : done.length > 0
      ? `I ${done.length === 1 ? 'took one step at a time' : 'worked through it step by step'}: ${joinList(done.slice(0, 3))}`
      : 'I broke it into dated steps and worked through them';
  const measured = measuredResult(goal);
  return {
    situation: `I was working ${toInfinitive(aspiration.title)}. ${obstacle}`.trim(),
    task: `I set myself the goal ${toInfinitive(goal.title)} by ${monthYear(goal.dueDate)}${why}`,
    action,
    result: `I got there in ${monthYear(goal.completedOn ?? goal.dueDate)}${measured ? `, with ${measured}` : ''}`,
  };
}

/** "Tell me about yourself": where I am heading now, what I have done, what comes next. */
export function composeAboutYourself(input: ComposeInput): string {
  const facts = planFacts(input);
  if (!facts) return '';
  const { main, ahead, reached } = facts;
  const sentences = [`Right now, I’m working ${toInfinitive(main.title)}.`];
  const [latest] = reached;
  if (latest) sentences.push(`Most recently, ${reachedClause(latest)}.`);
  const [next] = ahead;
  if (next) sentences.push(`What I’m focused on next is ${aheadClause(next)}.`);
  const [other] = facts.otherFacts;
  if (other)
    sentences.push(`Outside that, I’m also working ${toInfinitive(other.aspiration.title)}.`);
  sentences.push(
    'I’m looking for a place where I can keep growing in that direction, and that’s what brings me here.',
  );
  return sentences.join(' ');
}

/** "What are your career goals?": the aim, its dated milestones, and each other aim on its own. */
export function composeCareerGoals(input: ComposeInput): string {
  const facts = planFacts(input);
  if (!facts) return '';
  const { main, ahead } = facts;
  const horizon = main.horizonDate ? ` by ${yearOf(main.horizonDate)}` : '';
  const sentences = [`My main career goal is ${toInfinitive(main.title)}${horizon}.`];
  const steps = ahead.slice(0, 2).map(aheadClause);
  if (steps.length > 0) {
    sentences.push(
      `I’ve turned it into dated milestones: first ${steps[0]}${steps[1] ? `, then ${steps[1]}` : ''}.`,
    );
  } else {
    sentences.push('I’m turning it into concrete milestones, each with a date.');
  }
  for (const other of facts.otherFacts.slice(0, 1)) {
    sentences.push(`I’m also working ${toInfinitive(other.aspiration.title)}.`);
    const there = otherAspirationSentence(other, true);
    if (there) sentences.push(there);
  }
  sentences.push('I check my progress regularly, and I adjust the plan as I learn what fits me.');
  return sentences.join(' ');
}
