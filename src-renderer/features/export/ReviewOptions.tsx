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
  // A cleared date goes back to the default period's end.
  const periodEnd = (
    label: string,
    field: 'reviewFrom' | 'reviewTo',
    value: string,
    limit: { min?: string; max?: string },
  ) => (
    <OptionField
      label={label}
      type="date"
      value={value}
      {...limit}
      onValue={(date) => onChange({ [field]: date || null })}
    />
  );
  return (
    <fieldset className="export-fieldset">
      <legend>Period</legend>
      <div className="export-period">
        {periodEnd('From', 'reviewFrom', period.from, { max: period.to })}
        {periodEnd('To', 'reviewTo', period.to, { min: period.from })}
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
      <OptionCheck field="reviewPassages" prefs={prefs} onChange={onChange} />
    </fieldset>
  );
}
