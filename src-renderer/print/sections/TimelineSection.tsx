/**
 * The timeline, drawn by the Timeline screen's static print component: one block per aspiration
 * on one shared time axis, fitted to the page width and legible in black and white (patterns and
 * written status, never colour alone). Each block is unbreakable, so an aspiration's goals stay
 * together on a page.
 */
import {
  A4_CONTENT_WIDTH,
  TimelinePrint,
  wholePlanRange,
} from '../../features/timeline/TimelinePrint';
import type { PrintBlock } from '../blocks';
import type { PrintModel } from '../model';
import type { PrintSection } from './section';

export const timelineSection: PrintSection = {
  id: 'timeline',
  blocks(model: PrintModel) {
    if (!model.options.includeTimeline) return [];
    const aspirations = model.aspirations.filter((aspiration) =>
      aspiration.goals.some((goal) => goal.status !== 'dropped'),
    );
    if (aspirations.length === 0) return [];
    const range = wholePlanRange({ aspirations }, { today: model.today });
    const blocks: PrintBlock[] = [
      {
        key: 'timeline-heading',
        className: 'part-heading',
        keepWithNext: true,
        node: <h2>Timeline</h2>,
      },
    ];
    aspirations.forEach((aspiration, index) => {
      blocks.push({
        key: `timeline-${aspiration.id}`,
        className: 'tlx-group',
        node: (
          <TimelinePrint
            tree={{ aspirations: [aspiration] }}
            width={A4_CONTENT_WIDTH}
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
