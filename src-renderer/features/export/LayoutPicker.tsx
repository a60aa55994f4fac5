import type { ExportLayout } from '../../../src-main/contract';
import { LAYOUTS } from './options';

export function LayoutPicker({
  value,
  onChange,
}: {
  value: ExportLayout;
  onChange: (layout: ExportLayout) => void;
}) {
  return (
    <fieldset className="export-fieldset" role="radiogroup">
      <legend>Layout</legend>
      <div className="export-choices">
        {LAYOUTS.map((layout) => (
          <label key={layout.id} className="export-choice">
            <input
              type="radio"
              name="export-layout"
              value={layout.id}
              checked={value === layout.id}
              onChange={() => onChange(layout.id)}
              aria-describedby={`layout-hint-${layout.id}`}
            />
            <span className="export-choice-text">
              <span className="export-choice-label">{layout.label}</span>
              <span className="export-hint" id={`layout-hint-${layout.id}`}>
                {layout.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
