import type { ExportPrefs, PaperSize } from '../../../src-main/contract';
import { PAPER } from '../../print/paper';
import { VALUES_AVAILABLE } from '../../print/sections/ValuesSection';
import { JournalPicker } from './JournalPicker';

interface Props {
  prefs: ExportPrefs;
  onChange: (patch: Partial<ExportPrefs>) => void;
}

/** The name on the document and the paper. */
export function PageOptions({ prefs, onChange }: Props) {
  return (
    <fieldset className="export-fieldset">
      <legend>Page</legend>
      <label className="export-field">
        <span>Your name as it should appear</span>
        <input
          type="text"
          value={prefs.name}
          maxLength={120}
          autoComplete="name"
          placeholder="Leave empty to print no name"
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </label>
      <label className="export-check">
        <input
          type="checkbox"
          checked={prefs.includeContact}
          aria-describedby="include-contact-hint"
          onChange={(event) => onChange({ includeContact: event.target.checked })}
        />
        Include my contact details
      </label>
      <p className="export-hint export-check-hint" id="include-contact-hint">
        E-mail, phone, location and links from About me in Settings, under your name.
      </p>
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
      <label className="export-check">
        <input
          type="checkbox"
          checked={prefs.includeTimeline}
          onChange={(event) => onChange({ includeTimeline: event.target.checked })}
        />
        Include timeline
      </label>
      <label className="export-check">
        <input
          type="checkbox"
          checked={VALUES_AVAILABLE && prefs.includeValues}
          disabled={!VALUES_AVAILABLE}
          aria-describedby="include-values-hint"
          onChange={(event) => onChange({ includeValues: event.target.checked })}
        />
        Include values
      </label>
      {!VALUES_AVAILABLE && (
        <p className="export-hint export-check-hint" id="include-values-hint">
          Available once values checks exist.
        </p>
      )}
      <label className="export-check">
        <input
          type="checkbox"
          checked={prefs.includeJournal}
          aria-describedby="include-journal-hint"
          onChange={(event) => onChange({ includeJournal: event.target.checked })}
        />
        Include journal excerpts
      </label>
      <p className="export-hint export-check-hint" id="include-journal-hint">
        Private by default: nothing from your journal is exported unless you tick this and pick
        entries.
      </p>
      {prefs.includeJournal && (
        <JournalPicker
          picked={prefs.journalEntryIds}
          onChange={(journalEntryIds) => onChange({ journalEntryIds })}
        />
      )}
    </fieldset>
  );
}
