import { memo } from 'react';
import type { TimelineBar, TimelineMetrics } from '../layout';
import { CheckIcon, WarningIcon } from './icons';
import { BarBody, ProgressMark } from './marks';
import { classes, PRINT_INK, printText, type PatternIds, type Variant } from './ink';

export interface BarViewProps {
  bar: TimelineBar;
  metrics: TimelineMetrics;
  variant: Variant;
  ids: PatternIds;
  /** Screen only: the bar Tab lands on (roving tabindex). */
  active?: boolean;
  /** Screen only: being dragged (the ghost shows where it goes). */
  dragging?: boolean;
}

/**
 * One goal: its bar, progress, label (with a check or warning icon) and steps. As few elements as
 * possible (hundreds of bars): the focus ring and the resize zones at the ends belong to the chart.
 */
export function BarShape({ bar, metrics, variant, ids, active, dragging }: BarViewProps) {
  const print = variant === 'print';
  const cls = classes(print);
  const fontSize = metrics.fontSize;
  const iconSize = Math.round(fontSize * 0.92);
  const midY = bar.y + bar.height / 2;
  const baseline = midY + fontSize * 0.36;
  const textColor = print ? printText(bar.kind) : undefined;
  const showProgress =
    bar.progress > 0 && bar.kind !== 'done' && bar.kind !== 'dropped' && bar.width > 4;
  const drawWidth = Math.max(2, bar.width - 1);
  const radius = Math.min(4, bar.height / 4, drawWidth / 2);
  const marker = print ? 3 : 4;
  const interactive = !print;

  return (
    <g
      className={cls(`gt-bar gt-kind-${bar.kind}${dragging ? ' gt-dragging' : ''}`)}
      data-goal-id={interactive ? bar.goalId : undefined}
      role={interactive ? 'button' : undefined}
      tabIndex={interactive ? (active ? 0 : -1) : undefined}
      aria-label={interactive ? bar.accessibleName : undefined}
      aria-keyshortcuts={
        interactive
          ? 'Enter ArrowLeft ArrowRight Alt+ArrowLeft Alt+ArrowRight Shift+Alt+ArrowLeft Shift+Alt+ArrowRight'
          : undefined
      }
    >
      <BarBody
        kind={bar.kind}
        x={bar.x}
        y={bar.y}
        width={drawWidth}
        height={bar.height}
        rx={radius}
        print={print}
        ids={ids}
      />
      {showProgress && (
        <ProgressMark
          x={bar.x}
          y={bar.y + bar.height - Math.max(3, bar.height / 5)}
          width={Math.max(1, drawWidth * bar.progress)}
          height={Math.max(3, bar.height / 5)}
          print={print}
        />
      )}
      {bar.clippedStart && (
        <path
          className={cls('gt-clip-mark')}
          d={`M${bar.x + 5} ${midY - 4} l-3 4 l3 4`}
          fill="none"
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1.5}
        />
      )}
      {bar.clippedEnd && (
        <path
          className={cls('gt-clip-mark')}
          d={`M${bar.x + drawWidth - 5} ${midY - 4} l3 4 l-3 4`}
          fill="none"
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1.5}
        />
      )}
      {bar.label.icon === 'check' && (
        <CheckIcon x={bar.label.x} y={midY - iconSize / 2} size={iconSize} color={textColor} />
      )}
      {bar.label.icon === 'warning' && (
        <WarningIcon
          x={bar.label.x}
          y={midY - iconSize / 2 - 0.5}
          size={iconSize}
          color={textColor}
        />
      )}
      {bar.label.text && (
        <text
          className={cls('gt-label')}
          x={bar.label.x + (bar.label.icon ? 13 : 0)}
          y={baseline}
          fontSize={fontSize}
          fontWeight={bar.kind === 'overdue' ? 700 : undefined}
          textDecoration={bar.kind === 'dropped' ? 'line-through' : undefined}
          fill={textColor}
        >
          {bar.label.text}
        </text>
      )}
      {bar.steps.map((step) => (
        <path
          key={step.id}
          className={cls(step.done ? 'gt-step gt-step-done' : 'gt-step')}
          d={`M${step.x} ${bar.y + bar.height - marker} l${marker} ${marker} l${-marker} ${marker} l${-marker} ${-marker} z`}
          fill={print ? (step.done ? PRINT_INK.text : PRINT_INK.paper) : undefined}
          stroke={print ? PRINT_INK.text : undefined}
          strokeWidth={1}
        />
      ))}
    </g>
  );
}

/** Two bars draw the same when these agree (new layouts make new objects for unchanged bars). */
export function sameBar(a: TimelineBar, b: TimelineBar): boolean {
  if (a === b) return true;
  if (
    a.goalId !== b.goalId ||
    a.x !== b.x ||
    a.y !== b.y ||
    a.width !== b.width ||
    a.height !== b.height ||
    a.kind !== b.kind ||
    a.progress !== b.progress ||
    a.clippedStart !== b.clippedStart ||
    a.clippedEnd !== b.clippedEnd ||
    a.accessibleName !== b.accessibleName ||
    a.label.text !== b.label.text ||
    a.label.x !== b.label.x ||
    a.label.icon !== b.label.icon ||
    a.steps.length !== b.steps.length
  )
    return false;
  return a.steps.every((step, i) => {
    const other = b.steps[i];
    return !!other && other.id === step.id && other.x === step.x && other.done === step.done;
  });
}

export const MemoBar = memo(
  BarShape,
  (a, b) =>
    a.active === b.active &&
    a.dragging === b.dragging &&
    a.variant === b.variant &&
    a.ids === b.ids &&
    a.metrics === b.metrics &&
    sameBar(a.bar, b.bar),
);
