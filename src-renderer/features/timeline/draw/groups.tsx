/** Groups: each aspiration's header band and its horizon marker. */
import { memo } from 'react';
import { dateInWords } from '../../../../src-main/shared/date-words';
import { estimateTextWidth, type TimelineGroup } from '../layout';
import { classes, PRINT_INK, type LayerProps } from './ink';

const ASPIRATION_STATUS_WORDS = { active: '', achieved: ' (achieved)', retired: ' (retired)' };

/** What a group's header says after its title: outside-the-range counts. */
export function groupNote(group: TimelineGroup): string {
  const notes: string[] = [];
  if (group.hiddenBefore > 0)
    notes.push(`${group.hiddenBefore} ${group.hiddenBefore === 1 ? 'goal' : 'goals'} before`);
  if (group.hiddenAfter > 0)
    notes.push(`${group.hiddenAfter} ${group.hiddenAfter === 1 ? 'goal' : 'goals'} after`);
  if (notes.length === 0) return '';
  return `${notes.join(', ')} this range`;
}

export function groupTitle(group: TimelineGroup): string {
  return `${group.title}${ASPIRATION_STATUS_WORDS[group.status]}`;
}

export const GroupBands = memo(function GroupBands({ layout, variant }: LayerProps) {
  const print = variant === 'print';
  const cls = classes(print);
  const { metrics, width } = layout;
  return (
    <g className={cls('gt-groups')}>
      {layout.groups.map((group) => {
        const bottom = group.y + group.height - metrics.groupGap;
        const note = groupNote(group);
        const horizon = group.horizon;
        const horizonText = horizon ? `Horizon ${dateInWords(horizon.date)}` : '';
        const horizonWidth = estimateTextWidth(horizonText, metrics.fontSize - 1) + 8;
        return (
          <g key={group.aspirationId}>
            <rect
              className={cls('gt-band')}
              x={0}
              y={group.y}
              width={width}
              height={metrics.headerHeight}
              fill={print ? PRINT_INK.band : undefined}
            />
            <line
              className={cls('gt-band-base')}
              x1={0}
              x2={width}
              y1={bottom + metrics.groupGap / 2}
              y2={bottom + metrics.groupGap / 2}
              stroke={print ? PRINT_INK.grid : undefined}
            />
            {print && (
              <text
                x={4}
                y={group.y + metrics.headerHeight / 2 + metrics.fontSize * 0.38}
                fontSize={metrics.fontSize + 1}
                fontWeight={700}
                fill={PRINT_INK.text}
              >
                {groupTitle(group)}
                {note && (
                  <tspan fontWeight={400} fill={PRINT_INK.muted}>
                    {`  ·  ${note}`}
                  </tspan>
                )}
              </text>
            )}
            {horizon && horizon.x !== null && (
              <g className={cls('gt-horizon')} aria-hidden="true">
                <line
                  x1={horizon.x}
                  x2={horizon.x}
                  y1={group.y + metrics.headerHeight - 4}
                  y2={bottom}
                  stroke={print ? PRINT_INK.text : undefined}
                  strokeWidth={1.5}
                  strokeDasharray="2 3"
                />
                <path
                  d={`M${horizon.x} ${group.y + metrics.headerHeight - 10} l5 5 l-5 5 l-5 -5 z`}
                  fill={print ? PRINT_INK.text : undefined}
                />
                <text
                  x={horizon.x - horizonWidth < 0 ? horizon.x + 8 : horizon.x - 8}
                  y={group.y + metrics.headerHeight / 2 + metrics.fontSize * 0.35}
                  textAnchor={horizon.x - horizonWidth < 0 ? 'start' : 'end'}
                  fontSize={metrics.fontSize - 1}
                  fill={print ? PRINT_INK.text : undefined}
                >
                  {horizonText}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
});
