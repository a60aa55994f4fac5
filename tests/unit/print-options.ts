import type { PrintOptions } from '../../src-main/contract/export';

/** Print options for tests: the full plan on A4 with its timeline, nothing private, unless overridden. */
export function printOptions(overrides: Partial<PrintOptions> = {}): PrintOptions {
  return {
    layout: 'full',
    paper: 'a4',
    name: '',
    aspirationIds: [],
    includeTimeline: true,
    includeValues: false,
    includeJournal: false,
    journalEntryIds: [],
    text: null,
    ...overrides,
  };
}
