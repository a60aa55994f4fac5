/** The screens in the navigation, in order. A screen is listed only once it works. */
export const SCREENS = [
  { id: 'today', label: 'Today' },
  { id: 'journal', label: 'Journal' },
  { id: 'values', label: 'Values' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];
