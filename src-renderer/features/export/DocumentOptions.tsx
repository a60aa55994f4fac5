import type { ExportPrefs, PaperSize } from '../../../src-main/contract';
import { PAPER } from '../../print/paper';
import { JournalPicker } from './JournalPicker';
import { OptionCheck, OptionField } from './OptionFields';

interface Props {
  prefs: ExportPrefs;
  onChange: (patch: Partial<ExportPrefs>) => void;
}

/** The name on the document and the paper. */
export function PageOptions({ prefs, onChange }: Props) {
  return (
    <fieldset className="export-fieldset">
      <legend>Page</legend>
      <OptionField
        label="Your name as it should appear"
        value={prefs.name}
        maxLength={120}
        autoComplete="name"
        placeholder="Leave empty to print no name"
        onValue={(name) => onChange({ name })}
      />
      <OptionCheck field="includeContact" prefs={prefs} onChange={onChange} />
      <div className="export-paper" role="radiogroup" aria-label="Paper size">
        {(Object.keys(PAPER) as PaperSize[]).map((paper) => (
          <label key={paper}>
            <input
              type="radio"
              name="export-paper"
              checked={prefs.paper === paper}
              onChange={() => onChange({ paper })}
            />
            {PAPER[paper].label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * What the full plan includes. Private by default: journal text and values notes leave the app
 * only when ticked, and the preview shows exactly what will.
 */
export function IncludeOptions({ prefs, onChange }: Props) {
  return (
    <fieldset className="export-fieldset">
      <legend>Include</legend>
      {(['includeTimeline', 'includeValues', 'includeJournal'] as const).map((field) => (
        <OptionCheck key={field} field={field} prefs={prefs} onChange={onChange} />
      ))}
      {prefs.includeJournal && (
        <JournalPicker
          picked={prefs.journalEntryIds}
          onChange={(journalEntryIds) => onChange({ journalEntryIds })}
        />
      )}
    </fieldset>
  );
}
