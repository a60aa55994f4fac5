import type { ExportPrefs } from '../../../src-main/contract';
import { reviewPeriod } from '../../print/compose/review-pack';

/**
 * The review pack's period (the last 12 months unless changed) and whether it quotes the journal
 * passages its achievements were marked in. Private by default: it does not.
 */
export function ReviewOptions({
  prefs,
  today,
  onChange,
}: {
  prefs: ExportPrefs;
  today: string;
  onChange: (patch: Partial<ExportPrefs>) => void;
}) {
  const period = reviewPeriod(
    { reviewFrom: prefs.reviewFrom ?? undefined, reviewTo: prefs.reviewTo ?? undefined },
    today,
  );
  const custom = prefs.reviewFrom !== null || prefs.reviewTo !== null;
  return (
    <fieldset className="export-fieldset">
      <legend>Period</legend>
      <div className="export-period">
        <label className="export-field">
          <span>From</span>
          <input
            type="date"
            value={period.from}
            max={period.to}
            onChange={(event) => onChange({ reviewFrom: event.target.value || null })}
          />
        </label>
        <label className="export-field">
          <span>To</span>
          <input
            type="date"
            value={period.to}
            min={period.from}
            onChange={(event) => onChange({ reviewTo: event.target.value || null })}
          />
        </label>
      </div>
      {custom && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => onChange({ reviewFrom: null, reviewTo: null })}
        >
          Back to the last 12 months
        </button>
      )}
      <label className="export-check">
        <input
          type="checkbox"
          checked={prefs.reviewPassages}
          aria-describedby="review-passages-hint"
          onChange={(event) => onChange({ reviewPassages: event.target.checked })}
        />
        Include journal passages
      </label>
      <p className="export-hint export-check-hint" id="review-passages-hint">
        Private by default: the passages you marked stay out unless you tick this.
      </p>
    </fieldset>
  );
}
