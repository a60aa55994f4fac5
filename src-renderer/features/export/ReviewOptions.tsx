import type { ExportPrefs } from '../../../src-main/contract';
import { reviewPeriod } from '../../print/compose/review-pack';
import { OptionCheck, OptionField } from './OptionFields';

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
        <OptionField
          label="From"
          type="date"
          value={period.from}
          max={period.to}
          onValue={(from) => onChange({ reviewFrom: from || null })}
        />
        <OptionField
          label="To"
          type="date"
          value={period.to}
          min={period.from}
          onValue={(to) => onChange({ reviewTo: to || null })}
        />
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
      <OptionCheck
        label="Include journal passages"
        checked={prefs.reviewPassages}
        onCheck={(reviewPassages) => onChange({ reviewPassages })}
        hintId="review-passages-hint"
        hint="Private by default: the passages you marked stay out unless you tick this."
      />
    </fieldset>
  );
}
