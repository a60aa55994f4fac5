/** The screens in the navigation, in order. A screen is listed only once it works. */
export const SCREENS = [
  { id: 'journal', label: 'Journal' },
  { id: 'timeline', label: 'Timeline' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];
