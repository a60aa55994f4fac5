/**
 * The review pack as a document: the same period, groups, goals moved and résumé lines as the
 * printed pages, so Word, plain text and the clipboard carry it too.
 */
import { achievementCount, reviewGoalState } from '../compose/review-pack';
import { dateInWords, shortDate } from '../dates';
import type { PrintModel } from '../model';
import { heading, list, paragraph, titleBlocks, type DocBlock } from './types';

export function reviewPackDocument(model: PrintModel, title: string): DocBlock[] {
  const pack = model.review;
  const blocks = titleBlocks(
    title,
    model.options.name,
    model.about,
    achievementCount(pack?.count ?? 0),
  );
  if (!pack) return blocks;
  blocks.push(paragraph(`Achievements from ${dateInWords(pack.from)} to ${dateInWords(pack.to)}`));
  if (pack.groups.length === 0) {
    blocks.push(
      paragraph('No achievements in this period for the chosen aspirations.', { tone: 'quiet' }),
    );
  }
  for (const group of pack.groups) {
    blocks.push(heading(2, group.aspiration ? group.aspiration.title : 'Other achievements'));
    if (group.goals.length > 0) {
      const moved = group.goals.map((goal) => `${goal.title} (${reviewGoalState(goal)})`);
      blocks.push(paragraph(moved.join('; '), { label: 'Goals moved' }));
    }
    blocks.push(
      list(
        group.items.map((item) =>
          [
            `${shortDate(item.happenedOn)}: ${item.line}`,
            item.goalTitle ? ` (towards: ${item.goalTitle})` : '',
          ].join(''),
        ),
      ),
    );
    for (const item of group.items) {
      if (item.passage) blocks.push(paragraph(item.passage, { tone: 'quote' }));
    }
  }
  return blocks;
}
