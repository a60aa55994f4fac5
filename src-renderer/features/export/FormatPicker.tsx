import type { ExportLayout } from '../../../src-main/contract';
import { formatsFor, type ExportFormat } from '../../print/formats';

/** The formats this layout can leave the app in; JSON Resume only for the one-page summary. */
export function FormatPicker({
  layout,
  value,
  onChange,
}: {
  layout: ExportLayout;
  value: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) {
  return (
    <fieldset className="export-fieldset" role="radiogroup">
      <legend>Format</legend>
      <div className="export-choices">
        {formatsFor(layout).map((format) => (
          <label key={format.id} className="export-choice">
            <input
              type="radio"
              name="export-format"
              value={format.id}
              checked={value === format.id}
              onChange={() => onChange(format.id)}
              aria-describedby={`format-hint-${format.id}`}
            />
            <span className="export-choice-text">
              <span className="export-choice-label">{format.label}</span>
              <span className="export-hint" id={`format-hint-${format.id}`}>
                {format.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
