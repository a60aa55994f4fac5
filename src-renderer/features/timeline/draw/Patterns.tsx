import { classes, PRINT_INK, type PatternIds, type Variant } from './ink';

/** The hatching that marks an overdue bar (with its "Overdue" label: never colour alone). */
export function Patterns({ ids, variant }: { ids: PatternIds; variant: Variant }) {
  const print = variant === 'print';
  const cls = classes(print);
  return (
    <defs>
      <pattern
        id={ids.overdue}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect
          width={6}
          height={6}
          className={cls('gt-hatch-back')}
          fill={print ? PRINT_INK.paper : undefined}
        />
        <line
          x1={0}
          y1={0}
          x2={0}
          y2={6}
          className={cls('gt-hatch-line')}
          stroke={print ? PRINT_INK.warn : undefined}
          strokeWidth={print ? 1.6 : 2}
          strokeOpacity={print ? 0.45 : undefined}
        />
      </pattern>
    </defs>
  );
}
