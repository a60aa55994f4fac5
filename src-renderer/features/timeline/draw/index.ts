/**
 * The pieces of the timeline drawing, shared by the interactive chart (variant `screen`: colours
 * from the theme's CSS variables, so light and dark both work) and the static print version
 * (variant `print`: SVG presentation attributes only, black on white with hatching and words, so
 * it reads the same without colour and needs no stylesheet).
 *
 * Nothing here computes a position: every coordinate comes from the layout.
 */
export { Axis, axisRows, Grid, TodayLine } from './Axis';
export { BarShape, MemoBar, sameBar, type BarViewProps } from './Bar';
export { GroupBands, groupNote, groupTitle } from './groups';
export { PRINT_INK, patternIds, type PatternIds, type Variant } from './ink';
export { legendItems, LegendSwatch } from './legend';
export { Patterns } from './Patterns';
