/** The screens in the navigation, in order. A screen is listed only once it works. */
export const SCREENS = [
  { id: 'today', label: 'Today' },
  { id: 'journal', label: 'Journal' },
  { id: 'plan', label: 'Plan' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'values', label: 'Values' },
  { id: 'achievements', label: 'Achievements' },
  { id: 'export', label: 'Export' },
  { id: 'trash', label: 'Trash' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];
