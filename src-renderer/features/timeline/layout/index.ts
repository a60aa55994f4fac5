/** The timeline's geometry, in parts: see layout.ts for what it works out and why. */
export * from './types';
export { estimateTextWidth, fitText, fitWords } from './text';
export { accessibleName, barKind, creationDate, isOverdue } from './bars';
export { chooseTickStep } from './axis';
export { assignLanes } from './lanes';
export { layoutTimeline } from './layout';
export * from './reschedule';
