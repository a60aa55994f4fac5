/** The check and warning marks drawn beside a bar's label (so a state is never colour alone). */
import { classes } from './ink';

/** `color` is set on paper only: on screen the stylesheet colours the icon. */
interface IconProps {
  x: number;
  y: number;
  size: number;
  color?: string;
}

export function CheckIcon({ x, y, size, color }: IconProps) {
  const s = size / 11;
  const cls = classes(color !== undefined);
  return (
    <path
      className={cls('gt-icon gt-icon-check')}
      d={`M${x + 1.5 * s} ${y + 6 * s} l${3 * s} ${3 * s} l${5.5 * s} ${-6.5 * s}`}
      fill="none"
      stroke={color}
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}

export function WarningIcon({ x, y, size, color }: IconProps) {
  const s = size / 11;
  const cls = classes(color !== undefined);
  return (
    <g className={cls('gt-icon gt-icon-warning')} stroke={color} fill="none" strokeLinejoin="round">
      <path
        d={`M${x + 5.5 * s} ${y + 0.8 * s} L${x + 10.6 * s} ${y + 10 * s} L${x + 0.4 * s} ${y + 10 * s} Z`}
        strokeWidth={1.3}
      />
      <path
        d={`M${x + 5.5 * s} ${y + 4 * s} V${y + 6.8 * s} M${x + 5.5 * s} ${y + 8.3 * s} V${y + 8.6 * s}`}
        strokeWidth={1.4}
        strokeLinecap="round"
      />
    </g>
  );
}
