import type { ExportPrefs, PaperSize } from '../../../src-main/contract';
import { PAPER } from '../../print/paper';
import { VALUES_AVAILABLE } from '../../print/sections/ValuesSection';
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
      <OptionCheck
        label="Include my contact details"
        checked={prefs.includeContact}
        onCheck={(includeContact) => onChange({ includeContact })}
        hintId="include-contact-hint"
        hint="E-mail, phone, location and links from About me in Settings, under your name."
      />
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
      <OptionCheck
        label="Include timeline"
        checked={prefs.includeTimeline}
        onCheck={(includeTimeline) => onChange({ includeTimeline })}
      />
      <OptionCheck
        label="Include values"
        checked={VALUES_AVAILABLE && prefs.includeValues}
        disabled={!VALUES_AVAILABLE}
        onCheck={(includeValues) => onChange({ includeValues })}
        hintId="include-values-hint"
        hint={VALUES_AVAILABLE ? null : 'Available once values checks exist.'}
      />
      <OptionCheck
        label="Include journal excerpts"
        checked={prefs.includeJournal}
        onCheck={(includeJournal) => onChange({ includeJournal })}
        hintId="include-journal-hint"
        hint="Private by default: nothing from your journal is exported unless you tick this and pick entries."
      />
      {prefs.includeJournal && (
        <JournalPicker
          picked={prefs.journalEntryIds}
          onChange={(journalEntryIds) => onChange({ journalEntryIds })}
        />
      )}
    </fieldset>
  );
}
