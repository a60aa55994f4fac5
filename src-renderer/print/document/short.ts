/**
 * The short layouts as documents: the one-page summary (objective, goals ahead, achievements) and
 * the text layouts (the cover-letter paragraph, the interview answers with their speaking time).
 * The same words as the printed pages; the summary is not cut to one page here, because a Word or
 * text file is there to be edited.
 */
import { countWordsIn, measuredResult, yearOf } from '../compose/words';
import { dateInWords, shortMonthYear } from '../dates';
import { spokenLength } from '../layouts/spoken';
import { rankAhead, rankReached } from '../layouts/summary-fit';
import type { PrintModel } from '../model';
import { excerptOf, paragraphsOf } from '../text';
import { heading, list, paragraph, titleBlocks, type DocBlock } from './types';

/** The objective quotes this much of the main aspiration's statement (as the printed page). */
export const OBJECTIVE_CHARACTERS = 480;
const MAX_OTHERS = 3;

export function summaryDocument(model: PrintModel, title: string): DocBlock[] {
  const [main, ...others] = model.aspirations;
  const blocks = titleBlocks(title, model.options.name, model.about, dateInWords(model.today));
  if (!main) {
    blocks.push(paragraph('No aspirations are chosen for this summary.', { tone: 'quiet' }));
  } else {
    blocks.push(heading(2, 'Career objective'));
    blocks.push(
      paragraph(`${main.title}${main.horizonDate ? ` · by ${yearOf(main.horizonDate)}` : ''}`),
    );
    const statement = excerptOf(main.statementText.replace(/\s+/g, ' '), OBJECTIVE_CHARACTERS).text;
    if (statement) blocks.push(paragraph(statement));
    if (others.length > 0) {
      const named = others.slice(0, MAX_OTHERS).map((aspiration) => aspiration.title);
      const more = others.length > MAX_OTHERS ? `; and ${others.length - MAX_OTHERS} more` : '';
      blocks.push(paragraph(`${named.join('; ')}${more}`, { label: 'Also working towards' }));
    }
  }

  const many = model.aspirations.length > 1;
  const ahead = rankAhead(model.aspirations).sort((a, b) =>
    a.goal.dueDate < b.goal.dueDate ? -1 : a.goal.dueDate > b.goal.dueDate ? 1 : 0,
  );
  blocks.push(heading(2, 'Goals ahead'));
  blocks.push(
    ahead.length === 0
      ? paragraph('No goals ahead yet.', { tone: 'quiet' })
      : list(
          ahead.map(({ goal, aspiration }) => {
            const note =
              goal.progress.percent > 0
                ? ` (${goal.progress.percent}%)`
                : goal.status === 'in_progress'
                  ? ' (started)'
                  : '';
            const of = many ? ` · ${aspiration.title}` : '';
            return `${shortMonthYear(goal.dueDate)}: ${goal.title}${of}${note}`;
          }),
        ),
  );

  blocks.push(heading(2, 'Achieved'));
  if (model.achievements.length > 0) {
    blocks.push(
      list(
        model.achievements.map(
          (item) => `${shortMonthYear(item.happenedOn)}: ${item.resumeLine || item.result}`,
        ),
      ),
    );
  } else {
    const reached = rankReached(model.aspirations);
    blocks.push(
      reached.length === 0
        ? paragraph('Nothing marked as achieved yet.', { tone: 'quiet' })
        : list(
            reached.map(({ goal }) => {
              const result = measuredResult(goal);
              return `${shortMonthYear(goal.completedOn ?? goal.dueDate)}: ${goal.title}${result ? ` (${result})` : ''}`;
            }),
          ),
    );
  }
  return blocks;
}

function wordsLine(text: string, spoken: boolean): string {
  const words = countWordsIn(text);
  return `${words} ${words === 1 ? 'word' : 'words'}${spoken ? ` · ${spokenLength(words)} to say aloud` : ''}`;
}

const EMPTY_TEXT = 'Choose an aspiration, or write your own text, to fill this page.';

export function coverLetterDocument(model: PrintModel, title: string): DocBlock[] {
  const parts = paragraphsOf(model.text);
  return [
    ...titleBlocks(title, model.options.name, model.about, ''),
    ...(parts.length === 0
      ? [paragraph(EMPTY_TEXT, { tone: 'quiet' })]
      : parts.map((part) => paragraph(part))),
  ];
}

/** Each question as a heading, its answer, and how long it takes to say. */
export function interviewDocument(model: PrintModel, title: string): DocBlock[] {
  const blocks = titleBlocks(title, model.options.name, model.about, '');
  const answered = model.answers.filter((answer) => answer.text.trim() !== '');
  if (answered.length === 0) blocks.push(paragraph(EMPTY_TEXT, { tone: 'quiet' }));
  for (const answer of answered) {
    blocks.push(heading(2, answer.question));
    for (const part of paragraphsOf(answer.text)) blocks.push(paragraph(part));
    blocks.push(paragraph(wordsLine(answer.text, true), { tone: 'meta' }));
  }
  return blocks;
}
