/**
 * The timeline, drawn by the Timeline screen's static print component: one block per aspiration
 * on one shared time axis, fitted to the page width and legible in black and white (patterns and
 * written status, never colour alone). Each block is unbreakable, so an aspiration's goals stay
 * together on a page. A goal whose name is shortened on its bar is named in full under the chart:
 * a document for employers cuts no goal off mid-word.
 */
import { useMemo } from 'react';
import type { TimelineAspirationInput } from '../../features/timeline/layout';
import type { PaperSize } from '../../../src-main/contract';
import {
  printTimelineLayout,
  StaticTimeline,
  wholePlanRange,
} from '../../features/timeline/TimelinePrint';
import type { PrintBlock } from '../blocks';
import { shortDate } from '../dates';
import type { PrintModel } from '../model';
import { pageContentWidth } from '../paper';
import { partHeading } from './part-heading';
import type { PrintSection } from './section';

function AspirationTimeline({
  aspiration,
  paper,
  today,
  range,
  legend,
}: {
  aspiration: TimelineAspirationInput;
  paper: PaperSize;
  today: string;
  range: { start: string; end: string };
  legend: boolean;
}) {
  const layout = useMemo(
    () =>
      printTimelineLayout({ aspirations: [aspiration] }, pageContentWidth(paper), { today, range }),
    [aspiration, paper, today, range],
  );
  const shortened = layout.bars.filter((bar) => !bar.label.text.includes(bar.title));
  return (
    <>
      <StaticTimeline layout={layout} legend={legend} />
      {shortened.length > 0 && (
        <ul className="tlx-names" aria-label="Names shortened on the chart">
          {shortened.map((bar) => (
            <li key={bar.goalId}>
              <span className="tlx-name">{bar.title}</span>{' '}
              <span className="tlx-dates">
                {shortDate(bar.startDate)} → {shortDate(bar.dueDate)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export const timelineSection: PrintSection = {
  id: 'timeline',
  blocks(model: PrintModel) {
    if (!model.options.includeTimeline) return [];
    const aspirations = model.aspirations.filter((aspiration) =>
      aspiration.goals.some((goal) => goal.status !== 'dropped'),
    );
    if (aspirations.length === 0) return [];
    const range = wholePlanRange({ aspirations }, { today: model.today });
    const blocks: PrintBlock[] = [partHeading('timeline', 'Timeline')];
    aspirations.forEach((aspiration, index) => {
      blocks.push({
        key: `timeline-${aspiration.id}`,
        className: 'tlx-group',
        node: (
          <AspirationTimeline
            aspiration={aspiration}
            paper={model.options.paper}
            today={model.today}
            range={range}
            legend={index === aspirations.length - 1}
          />
        ),
      });
    });
    return blocks;
  },
};
