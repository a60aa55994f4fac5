/** The legend: what each mark means, with a small sample of it. */
import type { BarKind } from '../layout';
import { CheckIcon, WarningIcon } from './icons';
import { classes, PRINT_INK, type PatternIds, type Variant } from './ink';
import { BarBody, ProgressMark, TodayMark } from './marks';

const SWATCH = { x: 0.5, y: 0.5, width: 20, height: 12, rx: 3 };

type LegendKind = BarKind | 'progress' | 'today' | 'horizon' | 'step';

/** What each mark means. On paper planned and in-progress goals look alike (the text says which). */
export function legendItems(
  variant: Variant,
  showDropped = false,
): { kind: LegendKind; text: string }[] {
  const items: { kind: LegendKind; text: string }[] = [
    ...(variant === 'print'
      ? [{ kind: 'planned' as const, text: 'Goal (start to due date)' }]
      : [
          { kind: 'planned' as const, text: 'Planned' },
          { kind: 'in_progress' as const, text: 'In progress' },
        ]),
    { kind: 'progress', text: 'Progress so far' },
    { kind: 'overdue', text: 'Overdue' },
    { kind: 'done', text: 'Done' },
    { kind: 'dropped', text: 'Dropped' },
    { kind: 'step', text: 'Step due (filled: done)' },
    { kind: 'horizon', text: 'Horizon' },
    { kind: 'today', text: 'Today' },
  ];
  return showDropped ? items : items.filter((item) => item.kind !== 'dropped');
}

/** A small sample of each mark, for the legend (20 × 12 at the origin). */
export function LegendSwatch({
  kind,
  variant,
  ids,
}: {
  kind: LegendKind;
  variant: Variant;
  ids: PatternIds;
}) {
  const print = variant === 'print';
  const cls = classes(print);
  if (kind === 'today') return <TodayMark x={10} y1={0} y2={12} print={print} />;
  if (kind === 'horizon')
    return (
      <g className={cls('gt-horizon')}>
        <line
          x1={10}
          x2={10}
          y1={2}
          y2={12}
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1.5}
          strokeDasharray="2 3"
        />
        <path d="M10 0 l4 4 l-4 4 l-4 -4 z" fill={print ? PRINT_INK.text : undefined} />
      </g>
    );
  if (kind === 'step')
    return (
      <g>
        {[false, true].map((done) => (
          <path
            key={String(done)}
            className={cls(done ? 'gt-step gt-step-done' : 'gt-step')}
            d={`M${done ? 15 : 6} 6 l4 4 l-4 4 l-4 -4 z`}
            transform="translate(0 -4)"
            fill={print ? (done ? PRINT_INK.text : PRINT_INK.paper) : undefined}
            stroke={print ? PRINT_INK.text : undefined}
          />
        ))}
      </g>
    );
  if (kind === 'progress')
    return (
      <g className={cls('gt-kind-in_progress')}>
        <BarBody kind="in_progress" {...SWATCH} print={print} ids={ids} />
        <ProgressMark x={0.5} y={9.5} width={11} height={3} print={print} />
      </g>
    );
  return (
    <g className={cls(`gt-kind-${kind}`)}>
      <BarBody kind={kind} {...SWATCH} print={print} ids={ids} />
      {kind === 'done' && (
        <CheckIcon x={5} y={1} size={11} color={print ? PRINT_INK.muted : undefined} />
      )}
      {kind === 'overdue' && (
        <WarningIcon x={5} y={0.5} size={11} color={print ? PRINT_INK.warn : undefined} />
      )}
    </g>
  );
}
